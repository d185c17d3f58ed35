package org.flowtrace.api.evaluation;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flowtrace.analytics.coercion.CoercedWorkerIndicators;
import org.flowtrace.analytics.coercion.SuspectRanking;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.samples.evaluation.CoercedWorkerScore;
import org.flowtrace.samples.evaluation.TruthFile;

/**
 * Scores the coerced workers of a truth: the accounts and wallets a {@value CoercedWorkerIndicators#TYPOLOGY}
 * finding involves in the role {@value CoercedWorkerIndicators#VICTIM_ROLE}, and the top
 * {@value #SUSPECTS} suspects of {@link SuspectRanking} (as {@code flowtrace findings} ranks them).
 */
public final class CoercionOutcomes {

    /** How many top-ranked suspects are searched for planted workers. */
    public static final int SUSPECTS = 100;

    private static final String MARKED = """
            MATCH (:Finding {typology: $typology})-[:INVOLVES {role: $role}]->(n)
            WHERE n:Account OR n:Wallet
            RETURN DISTINCT n.key AS key
            """;

    private CoercionOutcomes() {}

    public static CoercedWorkerScore score(GraphConnection graph, TruthFile truth) {
        Set<String> marked = new HashSet<>();
        graph.readQuery(MARKED)
                .withParameters(Map.of(
                        "typology", CoercedWorkerIndicators.TYPOLOGY, "role", CoercedWorkerIndicators.VICTIM_ROLE))
                .execute()
                .records()
                .forEach(r -> marked.add(r.get("key").asString()));
        List<String> suspects = SuspectRanking.top(graph, SUSPECTS).stream()
                .map(SuspectRanking.Suspect::key)
                .toList();
        return CoercedWorkerScore.of(
                truth.coercedWorkers(), truth.paidMules(), truth.coercionLookAlikes(), marked, suspects);
    }
}
