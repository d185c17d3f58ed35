package org.flowtrace.graph.finding;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.model.EndpointLabel;

/**
 * Writes findings: one {@code :Finding} node each, merged on its key, and an {@code INVOLVES}
 * relationship (with the member's role) to each account, wallet or party. The evidence transfers are kept as
 * the list {@code transferIds} (transfers are relationships, which a node cannot point at). A finding
 * found again keeps its key and first detection, and takes the latest run's score and explanation;
 * a finding that a detector's later run no longer makes is removed by {@link #removeNotFoundAgain}.
 */
public final class FindingWriter {

    private static final String FINDINGS = """
            UNWIND $rows AS row
            MERGE (f:Finding {key: row.key})
            ON CREATE SET f.firstDetectedAt = row.detectedAt
            SET f += row.props
            """;

    private static final String MEMBERS = """
            UNWIND $rows AS row
            MATCH (f:Finding {key: row.finding})
            MATCH (n:%s {key: row.key})
            MERGE (f)-[r:INVOLVES]->(n)
            SET r.role = row.role
            """;

    private static final String PARTIES = """
            UNWIND $rows AS row
            MATCH (f:Finding {key: row.finding})
            MATCH (p:Party {key: row.key})
            MERGE (f)-[r:INVOLVES]->(p)
            SET r.role = row.role
            """;

    /** Gives back every role an earlier {@link #replaceRoles} replaced. */
    private static final String RESTORE_ROLES = """
            MATCH (:Finding)-[r:INVOLVES]->()
            WHERE r.detectedRole IS NOT NULL
            SET r.role = r.detectedRole
            REMOVE r.detectedRole
            """;

    private static final String REPLACE_ROLES = """
            UNWIND $keys AS key
            MATCH (f:Finding)-[r:INVOLVES]->(n:%s {key: key})
            WHERE NOT f.typology IN $keepTypologies
            SET r.detectedRole = coalesce(r.detectedRole, r.role), r.role = $role
            RETURN count(r) AS replaced
            """;

    private static final String NOT_FOUND_AGAIN = """
            MATCH (f:Finding)
            WHERE f.detector IN $detectors AND f.runId <> $runId
            DETACH DELETE f
            RETURN count(*) AS removed
            """;

    private static final String NOT_FOUND_AGAIN_AT = """
            UNWIND $keys AS key
            MATCH (:%s {key: key})<-[r:INVOLVES]-(f:Finding {detector: $detector})
            WHERE coalesce(r.detectedRole, r.role) = $role AND f.runId <> $runId
            WITH DISTINCT f
            DETACH DELETE f
            RETURN count(*) AS removed
            """;

    private static final String REMOVE = """
            UNWIND $keys AS key
            MATCH (f:Finding {key: key})
            DETACH DELETE f
            RETURN count(*) AS removed
            """;

    private static final int KEYS_PER_TRANSACTION = 10_000;

    private final GraphConnection graph;

    public FindingWriter(GraphConnection graph) {
        this.graph = graph;
    }

    /** Writes the findings of one detection run in one transaction. */
    public void write(List<Finding> findings, String runId, Instant detectedAt) {
        if (findings.isEmpty()) {
            return;
        }
        var rows = new ArrayList<Map<String, Object>>();
        var members = new EnumMap<EndpointLabel, List<Map<String, Object>>>(EndpointLabel.class);
        var parties = new ArrayList<Map<String, Object>>();
        for (var finding : findings) {
            var key = finding.key();
            var props = new HashMap<String, Object>();
            props.put("typology", finding.typology());
            props.put("detector", finding.detector());
            props.put("detectorVersion", finding.detectorVersion());
            props.put("score", finding.score());
            props.put("explanation", finding.explanation());
            props.put(
                    "parameters",
                    finding.parameters().entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue())
                            .toList());
            props.put("transferIds", finding.transferIds());
            props.put("transferCount", finding.transferIds().size());
            props.put("firstAt", finding.firstAt().atOffset(ZoneOffset.UTC));
            props.put("lastAt", finding.lastAt().atOffset(ZoneOffset.UTC));
            props.put("runId", runId);
            props.put("detectedAt", detectedAt.atOffset(ZoneOffset.UTC));
            rows.add(Map.of("key", key, "props", props, "detectedAt", detectedAt.atOffset(ZoneOffset.UTC)));
            for (var member : finding.members()) {
                members.computeIfAbsent(member.label(), k -> new ArrayList<>())
                        .add(Map.of("finding", key, "key", member.key(), "role", member.role()));
            }
            for (var party : finding.parties()) {
                parties.add(Map.of("finding", key, "key", party.key(), "role", party.role()));
            }
        }
        try (var session = graph.driver().session(graph.sessionConfig())) {
            session.executeWriteWithoutResult(tx -> {
                tx.run(FINDINGS, Map.of("rows", rows)).consume();
                members.forEach((label, memberRows) -> tx.run(
                                MEMBERS.formatted(label.cypherLabel()), Map.of("rows", memberRows))
                        .consume());
                if (!parties.isEmpty()) {
                    tx.run(PARTIES, Map.of("rows", parties)).consume();
                }
            });
        }
    }

    /**
     * Gives every account and wallet in {@code endpoints} the role {@code role} in every finding whose
     * typology is not in {@code keepTypologies}, keeping the detector's role as {@code detectedRole};
     * roles replaced by an earlier call are given back first, so the call states the whole set.
     *
     * @return how many roles were replaced
     */
    public int replaceRoles(List<FindingMember> endpoints, String role, List<String> keepTypologies) {
        var byLabel = new EnumMap<EndpointLabel, List<String>>(EndpointLabel.class);
        endpoints.forEach(
                e -> byLabel.computeIfAbsent(e.label(), k -> new ArrayList<>()).add(e.key()));
        try (var session = graph.driver().session(graph.sessionConfig())) {
            return session.executeWrite(tx -> {
                tx.run(RESTORE_ROLES).consume();
                int replaced = 0;
                for (var entry : byLabel.entrySet()) {
                    replaced += tx.run(
                                    REPLACE_ROLES.formatted(entry.getKey().cypherLabel()),
                                    Map.of("keys", entry.getValue(), "role", role, "keepTypologies", keepTypologies))
                            .single()
                            .get("replaced")
                            .asInt();
                }
                return replaced;
            });
        }
    }

    /**
     * Removes the findings of these detectors that the run {@code runId} did not make again (an earlier
     * run's, under other parameters or another version of the definition).
     *
     * @return how many were removed
     */
    public int removeNotFoundAgain(List<String> detectors, String runId) {
        try (var session = graph.driver().session(graph.sessionConfig())) {
            return session.executeWrite(tx -> tx.run(NOT_FOUND_AGAIN, Map.of("detectors", detectors, "runId", runId))
                    .single()
                    .get("removed")
                    .asInt());
        }
    }

    /**
     * Removes the findings of {@code detector} that the run {@code runId} did not make again among those
     * involving one of {@code anchors} in the anchor's role (the detector's role, a possible victim's
     * replacement aside): an incremental run examined those anchors again and replaces only their
     * findings.
     *
     * @return how many were removed
     */
    public int removeNotFoundAgain(String detector, List<FindingMember> anchors, String runId) {
        record LabelAndRole(EndpointLabel label, String role) {}
        var keysBy = new LinkedHashMap<LabelAndRole, List<String>>();
        anchors.forEach(a -> keysBy.computeIfAbsent(new LabelAndRole(a.label(), a.role()), k -> new ArrayList<>())
                .add(a.key()));
        int removed = 0;
        for (var entry : keysBy.entrySet()) {
            var keys = entry.getValue();
            for (int from = 0; from < keys.size(); from += KEYS_PER_TRANSACTION) {
                removed += removeWith(
                        NOT_FOUND_AGAIN_AT.formatted(entry.getKey().label().cypherLabel()),
                        Map.of(
                                "keys",
                                keys.subList(from, Math.min(keys.size(), from + KEYS_PER_TRANSACTION)),
                                "detector",
                                detector,
                                "role",
                                entry.getKey().role(),
                                "runId",
                                runId));
            }
        }
        return removed;
    }

    /**
     * Removes the findings with these keys (an incremental run's: earlier findings that a finding it made
     * now holds, see the analytics module's one-pattern-one-finding rule).
     *
     * @return how many were removed
     */
    public int remove(List<String> keys) {
        int removed = 0;
        for (int from = 0; from < keys.size(); from += KEYS_PER_TRANSACTION) {
            removed += removeWith(
                    REMOVE, Map.of("keys", keys.subList(from, Math.min(keys.size(), from + KEYS_PER_TRANSACTION))));
        }
        return removed;
    }

    private int removeWith(String query, Map<String, Object> parameters) {
        try (var session = graph.driver().session(graph.sessionConfig())) {
            return session.executeWrite(
                    tx -> tx.run(query, parameters).single().get("removed").asInt());
        }
    }
}
