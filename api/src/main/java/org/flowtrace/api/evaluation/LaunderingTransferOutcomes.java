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
 * ({@code :EvaluationLabel}, written by {@code ingest ledger} from a label column): per typology and for
 * all findings together. A possible victim's mark is not an accusation and is left out.
 */
public final class LaunderingTransferOutcomes {

    static final String ALL = "all";

    private static final String LABELS = """
            MATCH (l:EvaluationLabel)
            RETURN count(l) AS labelled, count(CASE WHEN l.laundering THEN 1 END) AS laundering
            """;

    private static final String FLAGGED = """
            MATCH (f:Finding)
            WHERE f.typology <> 'POSSIBLE_TRAFFICKING_VICTIM'
            UNWIND f.transferIds AS id
            WITH DISTINCT f.typology AS typology, id
            MATCH (l:EvaluationLabel {transferId: id})
            RETURN typology, id, l.laundering AS laundering
            """;

    private LaunderingTransferOutcomes() {}

    /** The scores, {@code all} last; empty when no transfer carries a label. */
    public static List<LaunderingTransferScore> score(GraphConnection graph) {
        var totals = graph.readQuery(LABELS).execute().records().getFirst();
        long labelled = totals.get("labelled").asLong();
        long laundering = totals.get("laundering").asLong();
        if (labelled == 0) {
            return List.of();
        }
        Map<String, Set<String>> flagged = new TreeMap<>();
        Map<String, Set<String>> hits = new TreeMap<>();
        graph.readQuery(FLAGGED).execute().records().forEach(r -> {
            var id = r.get("id").asString();
            for (var findings : List.of(r.get("typology").asString(), ALL)) {
                flagged.computeIfAbsent(findings, k -> new HashSet<>()).add(id);
                if (r.get("laundering").asBoolean(false)) {
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
