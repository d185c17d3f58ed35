package org.flowtrace.analytics.patterns;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.flowtrace.analytics.projection.TransferProjection;
import org.flowtrace.graph.finding.Finding;

/**
 * One ransom a receiver passed on: the payments it took and the outflows that passed them on (transfer
 * indexes of the projection), with the score, explanation and parameters of that one passing on.
 * {@link #finding} makes one finding of all of a receiver's passings on: a mule is one finding, however
 * many ransoms it passed on.
 */
record RansomPassing(
        int receiver,
        List<Integer> payments,
        List<Integer> outflows,
        double score,
        String explanation,
        SortedMap<String, String> parameters) {

    RansomPassing {
        payments = List.copyOf(payments);
        outflows = List.copyOf(outflows);
        parameters = new TreeMap<>(parameters);
    }

    /**
     * The receiver's one finding: every payment and outflow as evidence, the payers and onward receivers as
     * members, the strongest passing's score, and each passing's explanation (numbered when there are more).
     */
    static Finding finding(PatternDetector detector, TransferProjection graph, List<RansomPassing> passings) {
        var builder = new FindingBuilder(graph).member(passings.getFirst().receiver(), "mule");
        var parameters = new TreeMap<String, String>();
        double score = 0;
        for (var passing : passings) {
            for (int in : passing.payments()) {
                builder.transfers(in).member(graph.from(in), "payer");
            }
            score = Math.max(score, passing.score());
            parameters.putAll(passing.parameters());
        }
        for (var passing : passings) {
            for (int out : passing.outflows()) {
                builder.transfers(out).member(graph.to(out), "receiver");
            }
        }
        String explanation;
        if (passings.size() == 1) {
            explanation = passings.getFirst().explanation();
        } else {
            var parts = new ArrayList<String>();
            for (int i = 0; i < passings.size(); i++) {
                parts.add("(%d) %s".formatted(i + 1, passings.get(i).explanation()));
            }
            explanation = "%s passed payments on %d times: %s"
                    .formatted(
                            graph.endpointKey(passings.getFirst().receiver()),
                            passings.size(),
                            String.join(". ", parts));
        }
        return builder.build(detector, score, explanation, parameters);
    }
}
