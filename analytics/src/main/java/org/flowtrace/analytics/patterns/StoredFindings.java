package org.flowtrace.analytics.patterns;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.finding.Finding;
import org.flowtrace.graph.finding.FindingMember;
import org.flowtrace.graph.model.EndpointLabel;

/**
 * The findings earlier runs stored for some detectors, as an incremental run needs them: their
 * typology, evidence and anchor as their one member (for the one-pattern-one-finding rule) and their
 * anchors (the members in each detector's anchor role, as {@code A:key} for accounts and {@code W:key}
 * for wallets).
 */
final class StoredFindings {

    /** A stored finding and its anchors. */
    record Stored(String key, Finding finding, Set<String> anchors) {}

    private static final String FINDINGS = """
            MATCH (f:Finding)
            WHERE f.detector IN keys($roles)
            RETURN f.key AS key, f.typology AS typology, f.detector AS detector, f.detectorVersion AS version,
                   f.score AS score, f.transferIds AS transferIds, f.firstAt AS firstAt, f.lastAt AS lastAt,
                   [(f)-[r:INVOLVES]->(n) WHERE coalesce(r.detectedRole, r.role) = $roles[f.detector]
                     | CASE WHEN n:Wallet THEN 'W:' ELSE 'A:' END + n.key] AS anchors
            """;

    private final GraphConnection graph;

    StoredFindings(GraphConnection graph) {
        this.graph = graph;
    }

    /** The stored findings of the detectors named in {@code anchorRoles} (detector name → anchor role). */
    List<Stored> read(Map<String, String> anchorRoles) {
        if (anchorRoles.isEmpty()) {
            return List.of();
        }
        return graph.readQuery(FINDINGS).withParameters(Map.of("roles", anchorRoles)).execute().records().stream()
                .map(r -> new Stored(
                        r.get("key").asString(),
                        new Finding(
                                r.get("typology").asString(),
                                r.get("detector").asString(),
                                r.get("version").asString(),
                                r.get("score").asDouble(),
                                "",
                                new TreeMap<>(),
                                r.get("transferIds").asList(v -> v.asString()),
                                members(
                                        r.get("anchors").asList(v -> v.asString()),
                                        anchorRoles.get(r.get("detector").asString())),
                                r.get("firstAt").asOffsetDateTime().toInstant(),
                                r.get("lastAt").asOffsetDateTime().toInstant()),
                        Set.copyOf(r.get("anchors").asList(v -> v.asString()))))
                .toList();
    }

    private static List<FindingMember> members(List<String> anchors, String role) {
        return anchors.stream()
                .map(a -> new FindingMember(
                        a.startsWith("W:") ? EndpointLabel.WALLET : EndpointLabel.ACCOUNT, a.substring(2), role))
                .toList();
    }
}
