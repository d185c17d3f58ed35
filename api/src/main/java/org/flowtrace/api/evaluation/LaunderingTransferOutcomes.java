package org.flowtrace.api.evaluation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.samples.evaluation.LaunderingTransferScore;

/**
 * Scores the findings transfer by transfer against the laundering labels stored with a ledger
 * ({@code :EvaluationLabel}, written by {@code ingest ledger} for the rows its label column marks as
 * laundering): per typology and for all findings together. The labelled transfers are all transfers of
 * the source files that gave labels, the unmarked ones being legitimate; a labelled file without a single
 * laundering row leaves no label and is not counted. A possible victim's mark is not an accusation and
 * is left out.
 */
public final class LaunderingTransferOutcomes {

    static final String ALL = "all";

    private static final String LABEL_SOURCES = """
            MATCH (l:EvaluationLabel)
            UNWIND l.prov AS entry
            RETURN DISTINCT '|' + split(entry, '|')[1] + '|' AS source
            """;

    private static final String LABELLED = """
            MATCH ()-[t:TRANSFER]->()
            WHERE any(entry IN t.prov WHERE any(source IN $sources WHERE entry CONTAINS source))
            RETURN count(t) AS labelled
            """;

    private static final String LAUNDERING = """
            MATCH (l:EvaluationLabel)
            RETURN count(l) AS laundering
            """;

    private static final String FLAGGED = """
            MATCH (f:Finding)
            WHERE f.typology <> 'POSSIBLE_TRAFFICKING_VICTIM'
            UNWIND f.transferIds AS id
            WITH DISTINCT f.typology AS typology, id
            MATCH ()-[t:TRANSFER {id: id}]->()
            WHERE any(entry IN t.prov WHERE any(source IN $sources WHERE entry CONTAINS source))
            OPTIONAL MATCH (l:EvaluationLabel {transferId: id})
            RETURN typology, id, l IS NOT NULL AS laundering
            """;

    private LaunderingTransferOutcomes() {}

    /** The scores, {@code all} last; empty when no transfer carries a label. */
    public static List<LaunderingTransferScore> score(GraphConnection graph) {
        var sources = graph.readQuery(LABEL_SOURCES).execute().records().stream()
                .map(r -> r.get("source").asString())
                .toList();
        if (sources.isEmpty()) {
            return List.of();
        }
        var withSources = Map.<String, Object>of("sources", sources);
        long labelled = graph.readQuery(LABELLED)
                .withParameters(withSources)
                .execute()
                .records()
                .getFirst()
                .get("labelled")
                .asLong();
        long laundering = graph.readQuery(LAUNDERING)
                .execute()
                .records()
                .getFirst()
                .get("laundering")
                .asLong();
        Map<String, Set<String>> flagged = new TreeMap<>();
        Map<String, Set<String>> hits = new TreeMap<>();
        graph.readQuery(FLAGGED).withParameters(withSources).execute().records().forEach(r -> {
            var id = r.get("id").asString();
            for (var findings : List.of(r.get("typology").asString(), ALL)) {
                flagged.computeIfAbsent(findings, k -> new HashSet<>()).add(id);
                if (r.get("laundering").asBoolean()) {
                    hits.computeIfAbsent(findings, k -> new HashSet<>()).add(id);
                }
            }
        });
        var scores = new ArrayList<LaunderingTransferScore>();
        flagged.forEach((findings, ids) -> {
            if (!findings.equals(ALL)) {
                scores.add(score(findings, labelled, laundering, ids, hits));
            }
        });
        scores.add(score(ALL, labelled, laundering, flagged.getOrDefault(ALL, Set.of()), hits));
        return scores;
    }

    private static LaunderingTransferScore score(
            String findings, long labelled, long laundering, Set<String> ids, Map<String, Set<String>> hits) {
        return LaunderingTransferScore.of(
                findings,
                labelled,
                laundering,
                ids.size(),
                hits.getOrDefault(findings, Set.of()).size());
    }
}
