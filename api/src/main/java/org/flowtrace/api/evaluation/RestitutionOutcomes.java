package org.flowtrace.api.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flowtrace.analytics.tracing.Restitution;
import org.flowtrace.analytics.tracing.TaintAllocator;
import org.flowtrace.api.tracing.RestitutionInputs;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.samples.evaluation.RestitutionScore;
import org.flowtrace.samples.evaluation.TruthFile.RestitutionTruth;

/**
 * Scores the restitution a truth works out by hand: the schedule of every allocation method, computed as
 * {@code flowtrace restitution} does (the truth's victims and recovered files, {@value #MAX_HOPS} hops, no
 * time limit, as {@code flowtrace demo}), compared victim by victim.
 */
public final class RestitutionOutcomes {

    static final int MAX_HOPS = 6;

    private RestitutionOutcomes() {}

    public static List<RestitutionScore> score(GraphConnection graph, RestitutionTruth truth) {
        var victims = RestitutionInputs.victims(truth.victims());
        var recovered = RestitutionInputs.recovered(truth.recovered());
        var scores = new ArrayList<RestitutionScore>();
        for (var method : TaintAllocator.all()) {
            var expected = truth.expected().get(method.name());
            if (expected == null) {
                continue;
            }
            var schedule = new Restitution(graph).schedule(victims, recovered, method, MAX_HOPS, null);
            Map<String, BigDecimal> computed = new LinkedHashMap<>();
            schedule.victims().forEach(v -> computed.merge(v.victim(), v.awarded(), BigDecimal::add));
            scores.add(RestitutionScore.of(method.name(), expected, computed));
        }
        return scores;
    }
}
