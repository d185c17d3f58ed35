package org.flowtrace.graph.sameas;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flowtrace.graph.UnknownPartyException;
import org.flowtrace.graph.connection.GraphConnection;
import org.jspecify.annotations.Nullable;

/**
 * Writes {@code SAME_AS} links, directed from the party with the smaller key to the other and merged on
 * the pair's key (unique, V0008), so a pair has one link however often it is found. A resolution run
 * sets the link's score, reasons, sources, detector and run; the status is set only when the link is
 * created ({@code CANDIDATE}), so an analyst's {@code CONFIRMED} or {@code REJECTED} outlives every
 * later run. Nodes are never merged.
 */
public final class SameAsWriter {

    private static final String CANDIDATES = """
            UNWIND $rows AS row
            MATCH (a:Party {key: row.from})
            MATCH (b:Party {key: row.to})
            MERGE (a)-[s:SAME_AS {key: row.key}]->(b)
            ON CREATE SET s.status = 'CANDIDATE', s.firstRunId = $runId, s.firstFoundAt = $at
            SET s.score = row.score, s.reasons = row.reasons, s.fromSources = row.fromSources,
                s.toSources = row.toSources, s.detector = $detector, s.detectorVersion = $version,
                s.runId = $runId, s.foundAt = $at
            """;

    private static final String DECISION = """
            OPTIONAL MATCH (a:Party {key: $from})
            OPTIONAL MATCH (b:Party {key: $to})
            WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL
            MERGE (a)-[s:SAME_AS {key: $key}]->(b)
            ON CREATE SET s.firstFoundAt = $at, s.origin = 'analyst'
            WITH s, s.status AS previous
            SET s.status = $status, s.decidedAt = $at, s.decidedBy = $analyst, s.note = $note
            RETURN previous
            """;

    private static final String PARTY_EXISTS = "MATCH (p:Party {key: $key}) RETURN count(p) > 0 AS found";

    private final GraphConnection graph;

    public SameAsWriter(GraphConnection graph) {
        this.graph = graph;
    }

    /**
     * Writes one run's candidates in one transaction.
     *
     * @return how many links the run created (the rest were there already and were updated)
     */
    public int write(List<SameAsLink> links, String detector, String version, String runId, Instant foundAt) {
        if (links.isEmpty()) {
            return 0;
        }
        var rows = new ArrayList<Map<String, Object>>(links.size());
        for (var link : links) {
            boolean inOrder = link.leftKey().compareTo(link.rightKey()) < 0;
            var row = new HashMap<String, Object>();
            row.put("key", link.key());
            row.put("from", inOrder ? link.leftKey() : link.rightKey());
            row.put("to", inOrder ? link.rightKey() : link.leftKey());
            row.put("fromSources", inOrder ? link.leftSources() : link.rightSources());
            row.put("toSources", inOrder ? link.rightSources() : link.leftSources());
            row.put("score", link.score());
            row.put("reasons", link.reasons());
            rows.add(row);
        }
        var parameters = Map.<String, Object>of(
                "rows", rows,
                "detector", detector,
                "version", version,
                "runId", runId,
                "at", foundAt.atOffset(ZoneOffset.UTC));
        try (var session = graph.driver().session(graph.sessionConfig())) {
            return session.executeWrite(
                    tx -> tx.run(CANDIDATES, parameters).consume().counters().relationshipsCreated());
        }
    }

    /**
     * Records an analyst's decision on the pair, creating the link when resolution never proposed it
     * (an analyst may link or keep apart any two parties).
     *
     * @return the status the link had before, empty when it did not exist
     * @throws UnknownPartyException when either key names no party
     */
    public Optional<SameAsStatus> decide(
            String a, String b, SameAsStatus status, String analyst, @Nullable String note, Instant at) {
        if (a.equals(b)) {
            throw new IllegalArgumentException("a party is not linked to itself: " + a);
        }
        boolean inOrder = a.compareTo(b) < 0;
        var parameters = new HashMap<String, Object>();
        parameters.put("from", inOrder ? a : b);
        parameters.put("to", inOrder ? b : a);
        parameters.put("key", SameAsLink.pairKey(a, b));
        parameters.put("status", status.name());
        parameters.put("analyst", analyst);
        parameters.put("note", note);
        parameters.put("at", at.atOffset(ZoneOffset.UTC));
        try (var session = graph.driver().session(graph.sessionConfig())) {
            return session.executeWrite(tx -> {
                var result = tx.run(DECISION, parameters).list();
                if (result.isEmpty()) {
                    for (var key : List.of(a, b)) {
                        if (!tx.run(PARTY_EXISTS, Map.of("key", key))
                                .single()
                                .get("found")
                                .asBoolean()) {
                            throw new UnknownPartyException(key);
                        }
                    }
                    throw new IllegalStateException("decision on " + a + " and " + b + " was not written");
                }
                var previous = result.getFirst().get("previous");
                return previous.isNull() ? Optional.empty() : Optional.of(SameAsStatus.valueOf(previous.asString()));
            });
        }
    }
}
