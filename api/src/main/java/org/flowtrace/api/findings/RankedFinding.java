package org.flowtrace.api.findings;

import java.util.List;
import java.util.Map;
import org.flowtrace.analytics.coercion.CoercedWorkerIndicators;
import org.flowtrace.graph.connection.GraphConnection;

/**
 * A stored finding as the listings rank it, with the accounts and wallets it involves that are possible
 * victims of trafficking (shown as such, never as its mule or launderer). Possible-victim findings
 * themselves are not ranked: they are listed apart ({@link FindingsOutput#victims}).
 */
public record RankedFinding(
        String key,
        String typology,
        double score,
        String explanation,
        long transfers,
        String firstAt,
        String lastAt,
        String detector,
        String runId,
        List<String> possibleVictims) {

    public RankedFinding {
        possibleVictims = List.copyOf(possibleVictims);
    }

    private static final String TOP = """
            MATCH (f:Finding)
            WHERE f.typology <> $victims
            RETURN f.key AS key, f.typology AS typology, f.score AS score, f.explanation AS explanation,
                   f.transferCount AS transfers, toString(f.firstAt) AS firstAt, toString(f.lastAt) AS lastAt,
                   f.detector + ' ' + f.detectorVersion AS detector, f.runId AS runId,
                   COLLECT { MATCH (f)-[r:INVOLVES {role: $role}]->(n) RETURN n.key AS key ORDER BY key } AS possibleVictims
            ORDER BY f.score DESC, f.key
            LIMIT $top
            """;

    /** The {@code top} strongest findings other than possible victims', strongest first. */
    public static List<RankedFinding> top(GraphConnection graph, int top) {
        return graph
                .readQuery(TOP)
                .withParameters(Map.of(
                        "victims",
                        CoercedWorkerIndicators.TYPOLOGY,
                        "role",
                        CoercedWorkerIndicators.ROLE_ELSEWHERE,
                        "top",
                        top))
                .execute()
                .records()
                .stream()
                .map(r -> new RankedFinding(
                        r.get("key").asString(),
                        r.get("typology").asString(),
                        r.get("score").asDouble(),
                        r.get("explanation").asString(),
                        r.get("transfers").asLong(),
                        r.get("firstAt").asString(),
                        r.get("lastAt").asString(),
                        r.get("detector").asString(),
                        r.get("runId").asString(),
                        r.get("possibleVictims").asList(v -> v.asString())))
                .toList();
    }
}
