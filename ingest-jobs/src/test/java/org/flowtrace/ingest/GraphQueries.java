package org.flowtrace.ingest;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.ingest.support.IngestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Read-only queries the ingest tests assert with: counts, single values, rejects and a graph checksum. */
public record GraphQueries(GraphConnection graph) {

    public long count(String cypher) {
        return graph.readQuery(cypher).execute().records().getFirst().get("c").asLong();
    }

    public long count(String cypher, Map<String, Object> parameters) {
        return graph.readQuery(cypher)
                .withParameters(parameters)
                .execute()
                .records()
                .getFirst()
                .get("c")
                .asLong();
    }

    public String single(String cypher) {
        return single(cypher, Map.of());
    }

    public String single(String cypher, Map<String, Object> parameters) {
        var records =
                graph.readQuery(cypher).withParameters(parameters).execute().records();
        if (records.isEmpty()) {
            throw new AssertionError("no row for " + cypher + " " + parameters);
        }
        var value = records.getFirst().get("s");
        return value.isNull() ? "null" : value.asString();
    }

    /** The transfer's properties as strings, by name (lists joined with " | "). */
    public Map<String, String> transfer(String id) {
        var records = graph.readQuery("MATCH ()-[t:TRANSFER {id: $id}]->() RETURN properties(t) AS p")
                .withParameters(Map.of("id", id))
                .execute()
                .records();
        if (records.isEmpty()) {
            throw new AssertionError("no transfer " + id);
        }
        var properties = new java.util.TreeMap<String, String>();
        records.getFirst().get("p").asMap(value -> value).forEach((key, value) -> properties.put(key, text(value)));
        return properties;
    }

    private static String text(org.neo4j.driver.Value value) {
        var object = value.asObject();
        if (object instanceof List<?>) {
            return String.join(" | ", value.asList(GraphQueries::text));
        }
        return String.valueOf(object);
    }

    public static List<JsonNode> rejects(IngestResult result) throws Exception {
        var json = JsonMapper.builder().build();
        if (result.rejectsIfAny() == null) {
            return List.of();
        }
        return Files.readAllLines(result.rejects()).stream().map(json::readTree).toList();
    }

    /** {@code <locator without line> <field>: <reason>} of a reject, for exact comparison. */
    public static String describe(JsonNode reject) {
        var field = reject.get("field");
        return reject.get("locator").asString().replaceAll(" \\(line \\d+\\)$", "") + " "
                + (field == null || field.isNull() ? "-" : field.asString()) + ": "
                + reject.get("reason").asString().replaceAll(" \\(line \\d+\\)", "");
    }

    /**
     * Everything an ingest writes, as one string: every transfer with its ends, amount, USD value and
     * provenance count, and the evidence nodes and HOLDS relationships with their provenance counts.
     */
    public String checksum() {
        return single("""
                CALL () {
                  MATCH (a)-[t:TRANSFER]->(b)
                  WITH a.key + '>' + b.key + ':' + t.id + ':' + t.amount + ':' + t.asset + ':'
                       + coalesce(t.usd, '-') + ':' + coalesce(t.statementId, '-') + ':' + size(t.prov) AS line
                  ORDER BY line
                  RETURN reduce(s = '', l IN collect(line) | s + l + ';') AS transfers
                }
                CALL () {
                  MATCH (n) WHERE n:Account OR n:Asset OR n:Party OR n:FxRate OR n:EvaluationLabel
                  RETURN count(n) AS nodes, sum(size(n.prov)) AS nodeProv
                }
                CALL () {
                  OPTIONAL MATCH ()-[h:HOLDS]->()
                  RETURN count(h) AS holds, sum(size(h.prov)) AS holdsProv
                }
                RETURN transfers + nodes + ':' + nodeProv + ':' + holds + ':' + holdsProv AS s
                """);
    }
}
