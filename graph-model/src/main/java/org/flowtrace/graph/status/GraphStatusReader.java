package org.flowtrace.graph.status;

import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.flowtrace.graph.connection.GraphConnection;

/**
 * Reads a {@link GraphStatus}. Counts come from Neo4j's count store (one {@code count()} per label and
 * type, constant time), so status stays fast on large graphs. Label and type names are those the
 * database itself reports, quoted with backticks.
 */
public final class GraphStatusReader {

    private static final String COMPONENTS = """
            CALL dbms.components() YIELD name, versions, edition
            RETURN versions[0] AS version, edition
            """;

    private static final String LABELS = "CALL db.labels() YIELD label RETURN label ORDER BY label";

    private static final String TYPES =
            "CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType ORDER BY relationshipType";

    private static final String RECENT_RUNS = """
            MATCH (r:IngestRun)
            RETURN r.id AS id, r.job AS job, r.startedAt AS startedAt, r.status AS status
            ORDER BY r.startedAt DESC
            LIMIT $limit
            """;

    /** Neo4j-Migrations' bookkeeping: its nodes are labelled {@code __Neo4jMigration}, its chain uses this type. */
    private static final Set<String> BOOKKEEPING_TYPES = Set.of("MIGRATED_TO");

    private final GraphConnection graph;

    public GraphStatusReader(GraphConnection graph) {
        this.graph = graph;
    }

    public GraphStatus read(int recentRunLimit) {
        var component = graph.readQuery(COMPONENTS).execute().records().getFirst();
        SortedMap<String, Long> labels = new TreeMap<>();
        for (var record : graph.readQuery(LABELS).execute().records()) {
            var label = record.get("label").asString();
            if (!label.startsWith("__")) {
                labels.put(label, count("MATCH (n:" + quoted(label) + ") RETURN count(n) AS c"));
            }
        }
        SortedMap<String, Long> types = new TreeMap<>();
        for (var record : graph.readQuery(TYPES).execute().records()) {
            var type = record.get("relationshipType").asString();
            if (!type.startsWith("__") && !BOOKKEEPING_TYPES.contains(type)) {
                types.put(type, count("MATCH ()-[r:" + quoted(type) + "]->() RETURN count(r) AS c"));
            }
        }
        labels.values().removeIf(count -> count == 0);
        types.values().removeIf(count -> count == 0);
        var runs =
                graph
                        .readQuery(RECENT_RUNS)
                        .withParameters(Map.of("limit", recentRunLimit))
                        .execute()
                        .records()
                        .stream()
                        .map(r -> new GraphStatus.RunSummary(
                                r.get("id").asString(),
                                r.get("job").asString(""),
                                r.get("startedAt").isNull()
                                        ? null
                                        : r.get("startedAt").asZonedDateTime().toInstant(),
                                r.get("status").isNull()
                                        ? null
                                        : r.get("status").asString()))
                        .toList();
        return new GraphStatus(
                component.get("version").asString(), component.get("edition").asString(), labels, types, runs);
    }

    private long count(String query) {
        return graph.readQuery(query).execute().records().getFirst().get("c").asLong();
    }

    private static String quoted(String name) {
        return "`" + name.replace("`", "``") + "`";
    }
}
