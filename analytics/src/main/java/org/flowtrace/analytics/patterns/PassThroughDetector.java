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
 * "Money mules" typologies; Europol EMMA). Definition: for each outgoing transfer, the latest inflows
 * of the lookback window before it, going back as far as the outflow stays between {@code minShare}
 * and {@code maxShare} of their sum (what arrived before the collection began is not passed on); the
 * pattern holds when they come from at least {@code minSenders} distinct senders,
 * and those inflows are at least {@code minTimesUsual} times as many as the account usually receives in
 * a lookback's time (its other inflows spread over the rest of the graph's period): a shop paying its
 * supplier what its larger customers paid, or an exchange paying out as much as came in, does what it
 * does every day. An outflow is reported once, with the inflows it passes on.
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
        long span = graph.transferCount() == 0 ? 0 : graph.at(graph.transferCount() - 1) - graph.at(0);
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
                var candidates = new ArrayList<Integer>();
                for (int i = first; i < incoming.length; i++) {
                    int in = incoming[i];
                    long at = graph.at(in);
                    if (at > graph.at(out)) {
                        break;
                    }
                    if (at > consumedUntil && graph.usd(in) >= parameters.minInflowUsd()) {
                        candidates.add(in);
                    }
                }
                var inflows = passedOn(graph, candidates, outflow);
                var senders = new HashMap<Integer, Double>();
                double inflow = 0;
                for (int in : inflows) {
                    senders.merge(graph.from(in), graph.usd(in), Double::sum);
                    inflow += graph.usd(in);
                }
                double share = inflow == 0 ? 0 : outflow / inflow;
                double largest = senders.values().stream()
                        .mapToDouble(Double::doubleValue)
                        .max()
                        .orElse(0);
                if (senders.size() < parameters.minSenders()
                        || share < parameters.minShare()
                        || share > parameters.maxShare()
                        || largest > parameters.maxSenderShare() * inflow
                        || inflows.size()
                                < parameters.minTimesUsual()
                                        * usualInflows(graph, incoming, graph.at(out), lookback, span)) {
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

    /**
     * How many inflows the account usually receives in a lookback's time: those outside the lookback
     * before {@code at}, over the rest of the graph's period ({@code span}); 0 when the graph is no longer
     * than the lookback.
     */
    private static double usualInflows(TransferProjection graph, int[] incoming, long at, long lookback, long span) {
        if (span <= lookback) {
            return 0;
        }
        int inside = 0;
        for (int in : incoming) {
            if (graph.at(in) >= at - lookback && graph.at(in) <= at) {
                inside++;
            }
        }
        return (incoming.length - inside) * (double) lookback / (span - lookback);
    }

    /**
     * The inflows an outflow passes on: the latest of {@code candidates} (in time order) going back as
     * far as the outflow stays within its share of them — money that arrived before the mule's
     * collection began (a salary the day before) is not part of it. All of them when no such run
     * matches (the share test then fails).
     */
    private List<Integer> passedOn(TransferProjection graph, List<Integer> candidates, double outflow) {
        int from = 0;
        double sum = 0;
        for (int i = candidates.size() - 1; i >= 0; i--) {
            sum += graph.usd(candidates.get(i));
            double share = outflow / sum;
            if (share < parameters.minShare()) {
                break;
            }
            if (share <= parameters.maxShare()) {
                from = i;
            }
        }
        return candidates.subList(from, candidates.size());
    }
}
