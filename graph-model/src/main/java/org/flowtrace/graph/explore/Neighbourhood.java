package org.flowtrace.graph.explore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.flowtrace.graph.connection.GraphConnection;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * An element's neighbourhood for the graph explorer: the element, its neighbours, and the edges between
 * them. Transfers between the element and a neighbour in one direction become one {@code TRANSFER} edge
 * with their count, exact USD total and first and last times, counting only transfers within the
 * filter's window and USD floor. Every other relationship to a node of an {@link ElementKind} ({@code
 * HOLDS}, {@code OWNS}, {@code CONTROLS}, {@code CONTROLS_WALLET}, {@code NAMES}, {@code SAME_AS},
 * {@code DESIGNATED_BY}, {@code TAGGED}, {@code INVOLVES} …) is an edge of its type, one per direction.
 *
 * <p>Neighbours are ranked by the USD total of their transfers with the element, then their number of
 * transfers, then key; neighbours linked by other relationships only come after, by key. The first
 * {@code limit} are shown, and the graph says whether there were more. A transfer's neighbourhood is its
 * two ends and the transfer itself.
 */
public final class Neighbourhood {

    /** Other relationships read at most; more mark the graph truncated. */
    static final int OTHER_CAP = 2_000;

    private static final String TRANSFERS = load("neighbour-transfers.cypher");

    private static final String OTHERS = """
            MATCH (c:%s {key: $key})-[r]-(m)
            WHERE type(r) <> 'TRANSFER' AND m.key IS NOT NULL AND any(l IN labels(m) WHERE l IN $labels)
            RETURN type(r) AS type, startNode(r) = c AS outgoing, m.key AS key, labels(m) AS labels
            ORDER BY key, type, outgoing
            LIMIT $cap
            """;

    private static final String TRANSFER = """
            MATCH (a)-[t:TRANSFER {id: $key}]->(b)
            RETURN a.key AS fromKey, labels(a) AS fromLabels, b.key AS toKey, labels(b) AS toLabels,
                   t.usd AS usd, t.at AS at
            """;

    private static final String NODES = """
            MATCH (n:%s) WHERE n.key IN $keys
            RETURN n.key AS key, toString(coalesce(n.name, n.label, n.typology, n.key)) AS label,
                   CASE WHEN EXISTS { MATCH (f:Finding)-[r:INVOLVES]->(n) WHERE %s } THEN 'victim'
                        WHEN n.designated = true OR EXISTS { (n)-[:DESIGNATED_BY]->() } THEN 'designated'
                        WHEN EXISTS { (:Finding)-[:INVOLVES]->(n) } THEN 'flagged'
                        ELSE 'none' END AS risk
            """;

    private static final List<String> NODE_LABELS = Arrays.stream(ElementKind.values())
            .filter(k -> !k.relationship())
            .map(k -> k.cypherLabel().replace("`", ""))
            .toList();

    private final GraphConnection graph;

    public Neighbourhood(GraphConnection graph) {
        this.graph = graph;
    }

    /** The neighbourhood of the element of this kind and key; no nodes when there is no such element. */
    public NeighbourGraph around(ElementKind kind, String key, NeighbourFilter filter) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(filter, "filter");
        try (var session = graph.driver().session(graph.sessionConfig())) {
            return session.executeRead(tx -> kind.relationship() ? ofTransfer(tx, key) : ofNode(tx, kind, key, filter));
        }
    }

    private static NeighbourGraph ofNode(TransactionContext tx, ElementKind kind, String key, NeighbourFilter filter) {
        var centre = new Ref(kind, key);
        var centreNode = nodes(tx, List.of(centre));
        if (centreNode.isEmpty()) {
            return new NeighbourGraph(List.of(), List.of(), false);
        }
        var parameters = new HashMap<String, Object>();
        parameters.put("key", key);
        parameters.put("from", filter.from() == null ? null : filter.from().atOffset(ZoneOffset.UTC));
        parameters.put("to", filter.to() == null ? null : filter.to().atOffset(ZoneOffset.UTC));
        parameters.put(
                "minUsd", filter.minUsd() == null ? null : filter.minUsd().doubleValue());
        parameters.put("cap", filter.limit() + 1);
        parameters.put("labels", NODE_LABELS);

        var neighbours = new LinkedHashMap<String, Ref>();
        var edges = new LinkedHashMap<String, EdgeDraft>();
        var transferRows =
                tx.run(TRANSFERS.formatted(kind.cypherLabel()), parameters).list();
        for (var row : transferRows.subList(0, Math.min(filter.limit(), transferRows.size()))) {
            var neighbour = ref(row);
            if (neighbour == null) {
                continue;
            }
            if (!neighbour.equals(centre)) {
                neighbours.putIfAbsent(neighbour.id(), neighbour);
            }
            for (var edge : row.get("edges").asList(v -> v)) {
                var draft =
                        new EdgeDraft(centre, neighbour, edge.get("outgoing").asBoolean(), "TRANSFER");
                draft.count = edge.get("count").asLong();
                if (edge.get("valued").asLong() > 0) {
                    draft.totalUsd =
                            usd(edge.get("units").asLong(), edge.get("fraction").asLong());
                }
                draft.first = instant(edge.get("first"));
                draft.last = instant(edge.get("last"));
                edges.put(draft.id(), draft);
            }
        }
        parameters.put("cap", OTHER_CAP);
        var otherRows = tx.run(OTHERS.formatted(kind.cypherLabel()), parameters).list();
        for (var row : otherRows) {
            var neighbour = ref(row);
            if (neighbour == null) {
                continue;
            }
            if (!neighbour.equals(centre)) {
                neighbours.putIfAbsent(neighbour.id(), neighbour);
            }
            var draft = new EdgeDraft(
                    centre,
                    neighbour,
                    row.get("outgoing").asBoolean(),
                    row.get("type").asString());
            edges.computeIfAbsent(draft.id(), id -> draft).count++;
        }
        boolean truncated = transferRows.size() > filter.limit()
                || otherRows.size() >= OTHER_CAP
                || neighbours.size() > filter.limit();
        var shown = new LinkedHashMap<String, Ref>();
        shown.put(centre.id(), centre);
        neighbours.values().stream().limit(filter.limit()).forEach(n -> shown.put(n.id(), n));
        var nodes = nodes(tx, List.copyOf(shown.values()));
        var kept = edges.values().stream()
                .filter(e -> shown.containsKey(e.neighbour.id()))
                .map(EdgeDraft::edge)
                .toList();
        return new NeighbourGraph(nodes, kept, truncated);
    }

    private static NeighbourGraph ofTransfer(TransactionContext tx, String id) {
        var rows = tx.run(TRANSFER, Map.of("key", id)).list();
        if (rows.isEmpty()) {
            return new NeighbourGraph(List.of(), List.of(), false);
        }
        var row = rows.getFirst();
        var from = new Ref(kindOf(row.get("fromLabels")), row.get("fromKey").asString());
        var to = new Ref(kindOf(row.get("toLabels")), row.get("toKey").asString());
        var draft = new EdgeDraft(from, to, true, "TRANSFER");
        draft.count = 1;
        draft.totalUsd = row.get("usd").isNull() ? null : row.get("usd").asString();
        draft.first = instant(row.get("at"));
        draft.last = draft.first;
        var ends = from.equals(to) ? List.of(from) : List.of(from, to);
        return new NeighbourGraph(nodes(tx, ends), List.of(draft.edge()), false);
    }

    /** The nodes in the order given, with their labels and risk; those not found are left out. */
    private static List<GraphNode> nodes(TransactionContext tx, List<Ref> refs) {
        var byKind = new EnumMap<ElementKind, List<String>>(ElementKind.class);
        refs.forEach(
                r -> byKind.computeIfAbsent(r.kind(), k -> new ArrayList<>()).add(r.key()));
        var found = new HashMap<String, GraphNode>();
        byKind.forEach((kind, keys) -> {
            var parameters = new HashMap<String, Object>(VictimRoles.PARAMETERS);
            parameters.put("keys", keys);
            tx.run(NODES.formatted(kind.cypherLabel(), VictimRoles.CONDITION), parameters)
                    .forEachRemaining(r -> {
                        var node = new GraphNode(
                                GraphNode.id(kind, r.get("key").asString()),
                                kind,
                                r.get("key").asString(),
                                r.get("label").asString(),
                                r.get("risk").asString());
                        found.put(node.id(), node);
                    });
        });
        return refs.stream()
                .map(r -> found.get(r.id()))
                .filter(Objects::nonNull)
                .toList();
    }

    private static @Nullable Ref ref(Record row) {
        var kind = ElementKind.ofLabels(row.get("labels").asList(Value::asString));
        return kind.map(k -> new Ref(k, row.get("key").asString())).orElse(null);
    }

    private static ElementKind kindOf(Value labels) {
        return ElementKind.ofLabels(labels.asList(Value::asString))
                .orElseThrow(() -> new IllegalStateException("a transfer end is neither account nor wallet"));
    }

    private static @Nullable Instant instant(Value value) {
        return value.isNull() ? null : value.asZonedDateTime().toInstant();
    }

    /** The exact sum of USD strings from their summed integer parts and 12-digit fractional parts. */
    static String usd(long units, long fraction) {
        var total =
                BigDecimal.valueOf(units).add(BigDecimal.valueOf(fraction, 12)).stripTrailingZeros();
        return (total.scale() < 2 ? total.setScale(2) : total).toPlainString();
    }

    private static String load(String name) {
        try (var in = Neighbourhood.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A node by kind and key. */
    private record Ref(ElementKind kind, String key) {
        String id() {
            return GraphNode.id(kind, key);
        }
    }

    /** An edge being aggregated between the centre and one neighbour, in one direction. */
    private static final class EdgeDraft {
        private final Ref neighbour;
        private final String source;
        private final String target;
        private final String type;
        private long count;
        private @Nullable String totalUsd;
        private @Nullable Instant first;
        private @Nullable Instant last;

        EdgeDraft(Ref centre, Ref neighbour, boolean outgoing, String type) {
            this.neighbour = neighbour;
            this.source = (outgoing ? centre : neighbour).id();
            this.target = (outgoing ? neighbour : centre).id();
            this.type = type;
        }

        String id() {
            return type + ":" + source + "->" + target;
        }

        GraphEdge edge() {
            return new GraphEdge(id(), source, target, type, count, totalUsd, first, last);
        }
    }
}
