package org.flowtrace.analytics.patterns;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.flowtrace.analytics.projection.TransferProjection;
import org.flowtrace.graph.finding.Finding;

/**
 * Structuring ("smurfing" below a threshold): one account or wallet pays, within a window, several
 * amounts each just below the reporting threshold, through a channel that the threshold applies to —
 * FATF Recommendation 20 and the US CTR rule (31 CFR 1010.311, 10,000 USD) describe it; structuring to
 * evade the report is itself an offence (31 U.S.C. 5324). Windows are taken greedily from the first
 * such transfer and do not overlap. Score grows with the count beyond the minimum.
 */
public final class StructuringDetector implements PatternDetector {

    private final StructuringParameters parameters;

    public StructuringDetector(StructuringParameters parameters) {
        this.parameters = parameters;
    }

    @Override
    public String name() {
        return "structuring";
    }

    @Override
    public String typology() {
        return "STRUCTURING";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public List<Finding> detect(TransferProjection graph) {
        return detect(graph, payer -> true);
    }

    /** Structuring depends on its payer's payments only. */
    @Override
    public Reach reach() {
        return Reach.anchor("payer");
    }

    @Override
    public List<Finding> detect(TransferProjection graph, IntPredicate anchors) {
        var findings = new ArrayList<Finding>();
        long window = parameters.window().toSeconds();
        for (int payer = 0; payer < graph.endpointCount(); payer++) {
            if (!anchors.test(payer)) {
                continue;
            }
            var below = new ArrayList<Integer>();
            for (int t : graph.outgoing(payer)) {
                if ((parameters.channels().isEmpty() || parameters.channels().contains(graph.channel(t)))
                        && parameters.justBelow(graph.usd(t))) {
                    below.add(t);
                }
            }
            int start = 0;
            while (start < below.size()) {
                int end = start;
                while (end + 1 < below.size() && graph.at(below.get(end + 1)) - graph.at(below.get(start)) <= window) {
                    end++;
                }
                int count = end - start + 1;
                if (count >= parameters.minTransfers()) {
                    var builder = new FindingBuilder(graph).member(payer, "payer");
                    double total = 0;
                    for (int i = start; i <= end; i++) {
                        int t = below.get(i);
                        builder.transfers(t).member(graph.to(t), "receiver");
                        total += graph.usd(t);
                    }
                    long days = (graph.at(below.get(end)) - graph.at(below.get(start))) / 86_400;
                    findings.add(builder.build(
                            this,
                            0.6 + 0.4 * Math.min(1, (count - parameters.minTransfers()) / 5.0),
                            "%s paid %d amounts just below the %s reporting threshold (%s in all) within %d days"
                                    .formatted(
                                            graph.endpointKey(payer),
                                            count,
                                            Amounts.usd(parameters.thresholdUsd()),
                                            Amounts.usd(total),
                                            days),
                            parameters.asMap()));
                    start = end + 1;
                } else {
                    start++;
                }
            }
        }
        return findings;
    }
}
