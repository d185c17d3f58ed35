package org.flowtrace.graph.explore;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.provenance.ProvenanceEntry;
import org.flowtrace.graph.provenance.ProvenanceReader;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.IsoDuration;

/**
 * Reads one element by kind and key: its labels, properties, provenance (the {@code prov} entries
 * resolved by {@link ProvenanceReader} to their sources and ingest runs), the findings that involve it,
 * and whether it is a possible victim of trafficking. A transfer's findings are those that list it as
 * evidence (findings point at transfers by id, since a node cannot point at a relationship).
 */
public final class ElementReader {

    private static final String NODE = """
            MATCH (n:%s {key: $key})
            RETURN labels(n) AS labels, properties(n) AS props,
                   COLLECT { MATCH (f:Finding)-[r:INVOLVES]->(n)
                             RETURN f {.key, .typology, .score, .explanation, role: r.role} AS finding
                             ORDER BY f.score DESC, f.key } AS findings
            """;

    private static final String TRANSFER = """
            MATCH (a)-[t:TRANSFER {id: $key}]->(b)
            RETURN ['TRANSFER'] AS labels, properties(t) AS props,
                   a.key AS fromKey, labels(a) AS fromLabels, b.key AS toKey, labels(b) AS toLabels,
                   COLLECT { MATCH (f:Finding) WHERE $key IN f.transferIds
                             RETURN f {.key, .typology, .score, .explanation, role: 'evidence'} AS finding
                             ORDER BY f.score DESC, f.key } AS findings
            """;

    private final GraphConnection graph;
    private final ProvenanceReader provenance;

    public ElementReader(GraphConnection graph) {
        this.graph = graph;
        this.provenance = new ProvenanceReader(graph);
    }

    /** The element of this kind with this key (a transfer's id), if there is one. */
    public Optional<ElementView> read(ElementKind kind, String key) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        var query = kind.relationship() ? TRANSFER : NODE.formatted(kind.cypherLabel());
        var records = graph.readQuery(query)
                .withParameters(Map.of("key", key))
                .execute()
                .records();
        if (records.isEmpty()) {
            return Optional.empty();
        }
        var record = records.getFirst();
        var stored = record.get("props");
        var prov = stored.get("prov").isNull()
                ? List.<String>of()
                : stored.get("prov").asList(Value::asString);
        var properties = new TreeMap<String, Object>();
        for (var name : stored.keys()) {
            if (!name.equals("prov") && !stored.get(name).isNull()) {
                properties.put(name, plain(stored.get(name)));
            }
        }
        if (kind.relationship()) {
            properties.put("from", record.get("fromKey").asString(""));
            properties.put("to", record.get("toKey").asString(""));
            kindOf(record.get("fromLabels")).ifPresent(k -> properties.put("fromKind", k.apiName()));
            kindOf(record.get("toLabels")).ifPresent(k -> properties.put("toKind", k.apiName()));
        }
        var findings = record.get("findings").asList(ElementReader::finding);
        return Optional.of(new ElementView(
                kind,
                key,
                label(kind, key, properties),
                record.get("labels").asList(Value::asString),
                properties,
                resolved(prov),
                findings,
                findings.stream().anyMatch(f -> VictimRoles.isVictim(f.typology(), f.role()))));
    }

    private List<ProvenanceEntry> resolved(List<String> prov) {
        var byEntry = provenance.entries(prov);
        var entries = new ArrayList<ProvenanceEntry>();
        prov.stream().distinct().map(byEntry::get).filter(Objects::nonNull).forEach(entries::add);
        return entries;
    }

    private static Optional<ElementKind> kindOf(Value labels) {
        return labels.isNull() ? Optional.empty() : ElementKind.ofLabels(labels.asList(Value::asString));
    }

    private static FindingRef finding(Value value) {
        return new FindingRef(
                value.get("key").asString(),
                value.get("typology").asString(""),
                value.get("score").isNull() ? 0 : value.get("score").asDouble(),
                value.get("role").asString(""),
                value.get("explanation").asString(""));
    }

    private static String label(ElementKind kind, String key, Map<String, Object> properties) {
        var label = switch (kind) {
            case PARTY -> properties.get("name");
            case FINDING -> properties.get("typology");
            case TAG -> properties.get("label");
            case TRANSFER -> properties.get("amount") + " " + properties.get("asset");
            default -> null;
        };
        return label instanceof String s && !s.isBlank() ? s : key;
    }

    /**
     * A stored value as a plain Java value: times and dates as ISO-8601 strings (date-times as UTC
     * instants), durations as ISO strings, lists element by element, the rest as the driver gives it.
     */
    static Object plain(Value value) {
        var object = value.asObject();
        return switch (object) {
            case ZonedDateTime time -> time.toInstant().toString();
            case OffsetDateTime time -> time.toInstant().toString();
            case TemporalAccessor other -> other.toString();
            case IsoDuration duration -> duration.toString();
            case List<?> ignored -> value.asList(ElementReader::plain);
            case Map<?, ?> ignored -> {
                var map = new HashMap<String, Object>();
                value.keys().forEach(k -> map.put(k, plain(value.get(k))));
                yield map;
            }
            default -> object;
        };
    }
}
