package org.flowtrace.analytics.patterns;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.function.IntPredicate;
import org.flowtrace.analytics.projection.TransferProjection;
import org.flowtrace.graph.finding.Finding;

/**
 * Rapid pass-through (money mule): an account receives from several unrelated senders and, soon
 * after, sends almost all of it on in one transfer, keeping its balance near zero (FATF/Egmont,
 * "Money mules" typologies; Europol EMMA). Definition: for each outgoing transfer, the inflows of the
 * lookback window before it; the pattern holds when they come from at least {@code minSenders}
 * distinct senders and the outflow is between {@code minShare} and {@code maxShare} of their sum.
 * An outflow is reported once, with the inflows it passes on.
 */
public final class PassThroughDetector implements PatternDetector {

    private final PassThroughParameters parameters;

    public PassThroughDetector(PassThroughParameters parameters) {
        this.parameters = parameters;
    }

    @Override
    public String name() {
        return "pass-through";
    }

    @Override
    public String typology() {
        return "PASS_THROUGH";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public List<Finding> detect(TransferProjection graph) {
        return detect(graph, mule -> true);
    }

    /** A pass-through depends on its mule's transfers only. */
    @Override
    public Reach reach() {
        return Reach.anchor("mule");
    }

    @Override
    public List<Finding> detect(TransferProjection graph, IntPredicate anchors) {
        var findings = new ArrayList<Finding>();
        long lookback = parameters.lookback().toSeconds();
        for (int mule = 0; mule < graph.endpointCount(); mule++) {
            if (!anchors.test(mule)) {
                continue;
            }
            var incoming = graph.incoming(mule);
            if (incoming.length < parameters.minSenders()) {
                continue;
            }
            long consumedUntil = Long.MIN_VALUE;
            int first = 0; // the first inflow inside the lookback; outflows come in time order, so it only advances
            var outgoing = graph.outgoing(mule);
            for (int out : outgoing) {
                double outflow = graph.usd(out);
                if (Double.isNaN(outflow) || outflow < parameters.minOutflowUsd()) {
                    continue;
                }
                while (first < incoming.length && graph.at(incoming[first]) < graph.at(out) - lookback) {
                    first++;
                }
                var inflows = new ArrayList<Integer>();
                var senders = new HashMap<Integer, Double>();
                double inflow = 0;
                for (int i = first; i < incoming.length; i++) {
                    int in = incoming[i];
                    long at = graph.at(in);
                    if (at > graph.at(out)) {
                        break;
                    }
                    if (at > consumedUntil && graph.usd(in) >= parameters.minInflowUsd()) {
                        inflows.add(in);
                        senders.merge(graph.from(in), graph.usd(in), Double::sum);
                        inflow += graph.usd(in);
                    }
                }
                double share = inflow == 0 ? 0 : outflow / inflow;
                double largest = senders.values().stream()
                        .mapToDouble(Double::doubleValue)
                        .max()
                        .orElse(0);
                if (senders.size() < parameters.minSenders()
                        || share < parameters.minShare()
                        || share > parameters.maxShare()
                        || largest > parameters.maxSenderShare() * inflow) {
                    continue;
                }
                var baseline = AmountBaseline.of(graph, outgoing, out);
                if (baseline.unusual(parameters.minAmountZ())) {
                    var builder = new FindingBuilder(graph).member(mule, "mule").transfers(out);
                    inflows.forEach(in -> builder.transfers(in).member(graph.from(in), "sender"));
                    builder.member(graph.to(out), "receiver");
                    long hours = (graph.at(out) - graph.at(inflows.get(0))) / 3600;
                    findings.add(builder.build(
                            this,
                            0.5 + 0.5 * Math.min(1, (senders.size() - parameters.minSenders()) / 5.0),
                            "%s received %s from %d distinct senders and sent %.0f %% of it on to %s within %d h%s"
                                    .formatted(
                                            graph.endpointKey(mule),
                                            Amounts.usd(inflow),
                                            senders.size(),
                                            share * 100,
                                            graph.endpointKey(graph.to(out)),
                                            hours,
                                            baseline.clause()),
                            parameters.asMap()));
                    consumedUntil = graph.at(out);
                }
            }
        }
        return findings;
    }
}
