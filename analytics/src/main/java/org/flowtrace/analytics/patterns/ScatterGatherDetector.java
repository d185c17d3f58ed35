package org.flowtrace.analytics.patterns;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.flowtrace.analytics.projection.TransferProjection;
import org.flowtrace.graph.finding.Finding;

/**
 * Scatter-gather: an account splits money over several intermediaries in similar amounts, and each
 * passes its part on, nearly whole, to one and the same receiver (AMLworld's "scatter-gather";
 * FATF's layering through intermediaries). Definition: a fan-out of similar amounts to at least
 * {@code fan.minCounterparties} intermediaries within {@code fan.window} (see {@link FanWindow});
 * for each of its transfers, the intermediary's first later payment within {@code passOnWithin} that
 * carries {@code minShare}–{@code maxShare} of what it received; the pattern holds when at least
 * {@code fan.minCounterparties} intermediaries pass their part on to the same receiver (the one most
 * of them reach), who is not the source.
 */
public final class ScatterGatherDetector implements PatternDetector {

    private final LayeringParameters parameters;

    public ScatterGatherDetector(LayeringParameters parameters) {
        this.parameters = parameters;
    }

    @Override
    public String name() {
        return "scatter-gather";
    }

    @Override
    public String typology() {
        return "SCATTER_GATHER";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public List<Finding> detect(TransferProjection graph) {
        return detect(graph, source -> true);
    }

    /** A scatter-gather depends on its source's payments and on what its intermediaries pay on within {@code passOnWithin}. */
    @Override
    public Reach reach() {
        return Reach.upstream("source", 1, parameters.passOnWithin());
    }

    @Override
    public List<Finding> detect(TransferProjection graph, IntPredicate anchors) {
        var findings = new ArrayList<Finding>();
        for (int source = 0; source < graph.endpointCount(); source++) {
            if (!anchors.test(source)) {
                continue;
            }
            if (graph.outgoingCount(source) < parameters.fan().minCounterparties()) {
                continue;
            }
            for (int[] scatter : FanWindow.find(graph, graph.outgoing(source), graph::to, parameters.fan())) {
                var bySink = new HashMap<Integer, List<int[]>>(); // sink → (scatter transfer, pass-on transfer)
                for (int in : scatter) {
                    int passOn = passOn(graph, in, source);
                    if (passOn >= 0) {
                        bySink.computeIfAbsent(graph.to(passOn), k -> new ArrayList<>())
                                .add(new int[] {in, passOn});
                    }
                }
                var gathered = bySink.entrySet().stream()
                        .max(Map.Entry.comparingByValue((a, b) -> Integer.compare(a.size(), b.size())))
                        .filter(e -> e.getValue().size() >= parameters.fan().minCounterparties());
                if (gathered.isPresent()) {
                    findings.add(finding(
                            graph,
                            source,
                            gathered.get().getKey(),
                            gathered.get().getValue()));
                }
            }
        }
        return findings;
    }

    /** The intermediary's first payment after {@code in} that passes it on, not back to the source; or -1. */
    private int passOn(TransferProjection graph, int in, int source) {
        int middle = graph.to(in);
        long until = graph.at(in) + parameters.passOnWithin().toSeconds();
        for (int i = graph.firstOutgoingAfter(middle, graph.at(in)); i < graph.outgoingCount(middle); i++) {
            int out = graph.outgoing(middle, i);
            if (graph.at(out) > until) {
                return -1;
            }
            if (graph.to(out) != source
                    && graph.to(out) != middle
                    && parameters.passedOn(graph.usd(in), graph.usd(out))) {
                return out;
            }
        }
        return -1;
    }

    private Finding finding(TransferProjection graph, int source, int sink, List<int[]> legs) {
        var builder = new FindingBuilder(graph).member(source, "source");
        double scattered = 0;
        double gathered = 0;
        for (int[] leg : legs) {
            builder.member(graph.to(leg[0]), "intermediary").transfers(leg);
            scattered += graph.usd(leg[0]);
            gathered += graph.usd(leg[1]);
        }
        builder.member(sink, "sink");
        long first = legs.stream().mapToLong(l -> graph.at(l[0])).min().orElseThrow();
        long last = legs.stream().mapToLong(l -> graph.at(l[1])).max().orElseThrow();
        int minimum = parameters.fan().minCounterparties();
        return builder.build(
                this,
                0.6 + 0.4 * Math.min(1, (legs.size() - minimum) / (double) (2 * minimum)),
                "%s split %s over %d intermediaries in similar amounts, and they passed %s (%.1f %%) on to %s within %d h"
                        .formatted(
                                graph.endpointKey(source),
                                Amounts.usd(scattered),
                                legs.size(),
                                Amounts.usd(gathered),
                                100 * gathered / scattered,
                                graph.endpointKey(sink),
                                (last - first) / 3600),
                parameters.asMap());
    }
}
