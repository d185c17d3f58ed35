package org.flowtrace.analytics.patterns;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.flowtrace.analytics.projection.TransferProjection;
import org.flowtrace.graph.finding.Finding;

/**
 * Gather-scatter: a hub collects similar amounts from several senders and soon pays nearly all of it
 * out in similar amounts to several receivers (AMLworld's "gather-scatter"). Definition: a fan-in of
 * similar amounts from at least {@code fan.minCounterparties} senders within {@code fan.window} (see
 * {@link FanWindow}), followed by a fan-out of similar amounts to at least as many receivers that
 * starts after the fan-in's last transfer and within {@code passOnWithin} of it, the fan-out's total
 * being {@code minShare}–{@code maxShare} of the fan-in's.
 */
public final class GatherScatterDetector implements PatternDetector {

    private final LayeringParameters parameters;

    public GatherScatterDetector(LayeringParameters parameters) {
        this.parameters = parameters;
    }

    @Override
    public String name() {
        return "gather-scatter";
    }

    @Override
    public String typology() {
        return "GATHER_SCATTER";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public List<Finding> detect(TransferProjection graph) {
        return detect(graph, hub -> true);
    }

    /** A gather-scatter depends on its hub's transfers only. */
    @Override
    public Reach reach() {
        return Reach.anchor("hub");
    }

    @Override
    public List<Finding> detect(TransferProjection graph, IntPredicate anchors) {
        var findings = new ArrayList<Finding>();
        int minimum = parameters.fan().minCounterparties();
        for (int hub = 0; hub < graph.endpointCount(); hub++) {
            if (!anchors.test(hub)) {
                continue;
            }
            if (graph.outgoingCount(hub) < minimum) {
                continue;
            }
            var gathers = FanWindow.find(graph, graph.incoming(hub), graph::from, parameters.fan());
            if (gathers.isEmpty()) {
                continue;
            }
            var scatters = FanWindow.find(graph, graph.outgoing(hub), graph::to, parameters.fan());
            for (int[] gather : gathers) {
                long gathered = graph.at(gather[gather.length - 1]);
                double in = total(graph, gather);
                for (int[] scatter : scatters) {
                    long start = graph.at(scatter[0]);
                    if (start > gathered
                            && start - gathered <= parameters.passOnWithin().toSeconds()
                            && parameters.passedOn(in, total(graph, scatter))) {
                        findings.add(finding(graph, hub, gather, scatter));
                        break;
                    }
                }
            }
        }
        return findings;
    }

    private Finding finding(TransferProjection graph, int hub, int[] gather, int[] scatter) {
        var builder =
                new FindingBuilder(graph).member(hub, "hub").transfers(gather).transfers(scatter);
        for (int t : gather) {
            builder.member(graph.from(t), "sender");
        }
        for (int t : scatter) {
            builder.member(graph.to(t), "receiver");
        }
        double in = total(graph, gather);
        double out = total(graph, scatter);
        long hours = (graph.at(scatter[scatter.length - 1]) - graph.at(gather[0])) / 3600;
        int minimum = parameters.fan().minCounterparties();
        return builder.build(
                this,
                0.6 + 0.4 * Math.min(1, (Math.min(gather.length, scatter.length) - minimum) / (double) (2 * minimum)),
                "%s collected %s in %d similar amounts and paid %s (%.1f %%) out in %d similar amounts within %d h"
                        .formatted(
                                graph.endpointKey(hub),
                                Amounts.usd(in),
                                gather.length,
                                Amounts.usd(out),
                                100 * out / in,
                                scatter.length,
                                hours),
                parameters.asMap());
    }

    private static double total(TransferProjection graph, int[] transfers) {
        double sum = 0;
        for (int t : transfers) {
            sum += graph.usd(t);
        }
        return sum;
    }
}
