package org.flowtrace.analytics.ownership;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.party.PartyLookup;
import org.flowtrace.graph.provenance.ProvenanceReader;
import org.neo4j.driver.Value;

/**
 * Reads the links {@link OperatorLinks} follows, for all the nodes of one round of its search in one query
 * ({@code link-neighbours.cypher}), and afterwards the evidence of the hops on the paths it keeps: the
 * transfers behind each money-flow hop ({@code transfer-evidence.cypher}) and the sources of every hop, in
 * one query each.
 */
final class LinkGraphReader {

    /**
     * A link as the search follows it: its ends, kind, direction and strength; what it says (empty for a
     * money flow until {@link #hops} reads its transfers) and its raw {@code prov} entries.
     */
    record Link(
            String from,
            String to,
            LinkKind kind,
            boolean forward,
            double strength,
            String evidence,
            List<String> prov) {}

    /** A link of a node read, the node it leads to, and whether that node is an exchange's or busy. */
    record Neighbour(Link link, LinkNode node, boolean custodial, long transfers) {}

    /** A hop's evidence as text, and its raw {@code prov} entries. */
    private record Evidence(String text, List<String> prov) {}

    private static final Evidence NO_TRANSFERS = new Evidence("no transfers read", List.of());

    private static final String NEIGHBOURS = load("link-neighbours.cypher");

    private static final String TRANSFERS = load("transfer-evidence.cypher");

    private static final String START = """
            CALL () {
              MATCH (n:Account {key: $key}) RETURN n
              UNION
              MATCH (n:Wallet) WHERE n.key IN [$key, $lowerKey] RETURN n
              UNION
              MATCH (n:Party {key: $key}) RETURN n
            }
            RETURN n.key AS key,
                   CASE WHEN n:Account THEN 'account' WHEN n:Wallet THEN 'wallet' WHEN n:Person THEN 'person'
                        ELSE 'party' END AS kind,
                   coalesce(n.name, n.key) AS name,
                   [(n)-[:DESIGNATED_BY]->(d:Designation) |
                      {list: coalesce(d.list, d.key), entry: coalesce(d.entryId, d.key), program: d.program,
                       programs: d.programs}] AS designations
            LIMIT 1
            """;

    private final GraphConnection graph;
    private final LinkParameters parameters;
    private final ProvenanceReader provenance;

    LinkGraphReader(GraphConnection graph, LinkParameters parameters) {
        this.graph = graph;
        this.parameters = parameters;
        this.provenance = new ProvenanceReader(graph);
    }

    /** The start: an account or wallet by key, a party by key, name or alias. */
    LinkNode start(String keyOrName) {
        var colon = keyOrName.indexOf(':');
        var lowerKey = colon < 0
                ? keyOrName
                : keyOrName.substring(0, colon + 1)
                        + keyOrName.substring(colon + 1).toLowerCase(Locale.ROOT);
        var found = graph.readQuery(START)
                .withParameters(Map.of("key", keyOrName, "lowerKey", lowerKey))
                .execute()
                .records();
        if (!found.isEmpty()) {
            var r = found.getFirst();
            return new LinkNode(
                    r.get("key").asString(),
                    r.get("kind").asString(),
                    r.get("name").asString(),
                    designations(r.get("designations")));
        }
        var party = new PartyLookup(graph).find(keyOrName);
        return start(party.key());
    }

    /** The links of these nodes, each with the node it leads to; money flows without their transfers yet. */
    List<Neighbour> neighbours(Collection<String> keys) {
        var records = graph.readQuery(NEIGHBOURS)
                .withParameters(Map.of(
                        "keys", List.copyOf(keys),
                        "minScore", parameters.minSameAsScore(),
                        "perNode", parameters.maxLinksPerNode(),
                        "today", LocalDate.now().toString()))
                .execute()
                .records();
        var neighbours = new ArrayList<Neighbour>(records.size());
        for (var r : records) {
            var kind = LinkKind.valueOf(r.get("kind").asString());
            var evidence = r.get("evidence");
            var link = new Link(
                    r.get("key").asString(),
                    r.get("other").asString(),
                    kind,
                    r.get("outgoing").asBoolean(),
                    strength(kind, evidence),
                    kind == LinkKind.TRANSFER ? "" : describe(kind, evidence),
                    r.get("prov").asList(Value::asString));
            var node = new LinkNode(
                    r.get("other").asString(),
                    r.get("otherKind").asString(),
                    r.get("otherName").asString(),
                    designations(r.get("designations")));
            neighbours.add(new Neighbour(
                    link,
                    node,
                    r.get("custodial").asBoolean(),
                    r.get("transfers").asLong()));
        }
        return neighbours;
    }

    /**
     * The hops of these links with their evidence complete: the transfers of each money flow, and the
     * sources of every hop.
     */
    Map<Link, LinkHop> hops(Collection<Link> links) {
        var transfers = transferEvidence(
                links.stream().filter(l -> l.kind() == LinkKind.TRANSFER).toList());
        var evidence = new LinkedHashMap<Link, Evidence>();
        for (var link : links) {
            evidence.put(
                    link,
                    link.kind() == LinkKind.TRANSFER
                            ? transfers.getOrDefault(Payment.of(link), NO_TRANSFERS)
                            : new Evidence(link.evidence(), link.prov()));
        }
        var sources = provenance.entries(
                evidence.values().stream().flatMap(e -> e.prov().stream()).toList());
        var hops = new HashMap<Link, LinkHop>();
        evidence.forEach((link, read) -> hops.put(
                link,
                new LinkHop(
                        link.from(),
                        link.to(),
                        link.kind(),
                        link.forward(),
                        read.text(),
                        link.strength(),
                        read.prov().stream()
                                .map(sources::get)
                                .filter(Objects::nonNull)
                                .toList())));
        return hops;
    }

    /** Who paid whom along a money-flow link. */
    private record Payment(String payer, String payee) {

        static Payment of(Link link) {
            return link.forward() ? new Payment(link.from(), link.to()) : new Payment(link.to(), link.from());
        }
    }

    private Map<Payment, Evidence> transferEvidence(List<Link> links) {
        if (links.isEmpty()) {
            return Map.of();
        }
        var pairs = links.stream()
                .map(Payment::of)
                .distinct()
                .map(p -> Map.of("payer", p.payer(), "payee", p.payee()))
                .toList();
        var read = new HashMap<Payment, Evidence>();
        for (var r : graph.readQuery(TRANSFERS)
                .withParameters(Map.of("pairs", pairs))
                .execute()
                .records()) {
            read.put(
                    new Payment(r.get("payer").asString(), r.get("payee").asString()),
                    new Evidence(transfers(r.get("evidence")), r.get("prov").asList(Value::asString)));
        }
        return read;
    }

    static double strength(LinkKind kind, Value evidence) {
        return switch (kind) {
            case OWNS -> {
                var share = optional(evidence, "exact").or(() -> optional(evidence, "min"));
                yield share.map(s -> 0.5 + s.asDouble() / 200).orElse(kind.strength());
            }
            case SAME_AS ->
                "CONFIRMED".equals(evidence.get("status").asString(""))
                        ? 1.0
                        : optional(evidence, "score").map(Value::asDouble).orElse(0.0);
            default -> kind.strength();
        };
    }

    static String describe(LinkKind kind, Value evidence) {
        return switch (kind) {
            case OWNS, CONTROLS -> {
                var text = new StringBuilder(kind == LinkKind.OWNS ? "owns" : "controls");
                optional(evidence, "exact")
                        .ifPresent(v -> text.append(' ').append(percent(v)).append(" %"));
                if (evidence.get("exact").isNull()
                        && !(evidence.get("min").isNull() && evidence.get("max").isNull())) {
                    text.append(' ')
                            .append(evidence.get("minExclusive").asBoolean(false) ? "more than " : "at least ")
                            .append(optional(evidence, "min")
                                    .map(LinkGraphReader::percent)
                                    .orElse("0"))
                            .append(evidence.get("maxExclusive").asBoolean(false) ? " %, less than " : " %, at most ")
                            .append(optional(evidence, "max")
                                    .map(LinkGraphReader::percent)
                                    .orElse("100"))
                            .append(" %");
                }
                optional(evidence, "interestType")
                        .ifPresent(t -> text.append(" (").append(t.asString()).append(')'));
                optional(evidence, "since")
                        .ifPresent(d -> text.append(" since ").append(d.asString()));
                yield text.toString();
            }
            case SAME_AS -> {
                var status = evidence.get("status").asString("");
                var text = new StringBuilder("same party (" + status.toLowerCase(Locale.ROOT));
                optional(evidence, "score")
                        .ifPresent(s -> text.append(String.format(Locale.ROOT, ", score %.3f", s.asDouble())));
                optional(evidence, "decidedBy")
                        .ifPresent(d -> text.append(", by ").append(d.asString()));
                optional(evidence, "runId")
                        .ifPresent(d -> text.append(", resolution run ").append(d.asString()));
                text.append(')');
                optional(evidence, "reasons")
                        .ifPresent(r -> text.append(": ").append(String.join("; ", r.asList(Value::asString))));
                yield text.toString();
            }
            case HOLDS -> "holds the account";
            case CONTROLS_WALLET ->
                "controls the wallet"
                        + optional(evidence, "currency")
                                .map(c -> " (" + c.asString() + ")")
                                .orElse("");
            case LINKED_TO -> "linked: " + evidence.get("relation").asString("unspecified");
            case TRANSFER -> transfers(evidence);
        };
    }

    private static String transfers(Value evidence) {
        long count = evidence.get("count").asLong();
        var shown = new ArrayList<String>();
        for (var t : evidence.get("transfers").values()) {
            shown.add(t.get("amount").asString() + " " + t.get("asset").asString() + " at "
                    + t.get("at").asString() + " (" + t.get("id").asString() + ")");
        }
        var text = (count == 1 ? "1 transfer: " : count + " transfers: ") + String.join("; ", shown);
        if (count > shown.size()) {
            text += "; and " + (count - shown.size()) + " more";
        }
        if (count > 1 && evidence.get("usdApprox").asDouble(0) > 0) {
            text += String.format(
                    Locale.ROOT,
                    " (about %,.0f USD in all)",
                    evidence.get("usdApprox").asDouble());
        }
        return text;
    }

    private static String percent(Value value) {
        return BigDecimal.valueOf(value.asDouble()).stripTrailingZeros().toPlainString();
    }

    private static Optional<Value> optional(Value map, String field) {
        var value = map.get(field);
        return value.isNull() ? Optional.empty() : Optional.of(value);
    }

    private static List<String> designations(Value list) {
        return list.asList(d -> {
            var text = d.get("list").asString() + " " + d.get("entry").asString();
            if (!d.get("program").isNull()) {
                text += ": " + d.get("program").asString();
            } else if (!d.get("programs").isNull()) {
                text += ": " + String.join(", ", d.get("programs").asList(Value::asString));
            }
            return text;
        });
    }

    private static String load(String name) {
        try (InputStream in = LinkGraphReader.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
