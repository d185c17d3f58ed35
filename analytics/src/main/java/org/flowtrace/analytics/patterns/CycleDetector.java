package org.flowtrace.analytics.patterns;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.StringJoiner;
import org.flowtrace.analytics.projection.TransferProjection;
import org.flowtrace.graph.finding.Finding;

/**
 * Time-respecting cycles (round-tripping): money leaves an account and comes back to it through
 * {@code minHops}–{@code maxHops} transfers, each later than the one before and within
 * {@code maxSpan} of the first, each hop carrying {@code minShare}–{@code maxShare} of the one before
 * it (fees taken on the way, nothing added). Definition: a depth-first search from every transfer of
 * at least {@code minAmountUsd}, along later transfers whose amounts keep within the shares, that
 * returns to the first sender without visiting an account twice. A cycle is found from its earliest
 * transfer only (a later one cannot start a time-respecting path back to itself before it), once; the
 * search from one transfer examines at most {@value #SEARCH_BUDGET} transfers, so that a hub with
 * thousands of payments a week cannot stall it.
 */
public final class CycleDetector implements PatternDetector {

    static final int SEARCH_BUDGET = 100_000;

    private final CycleParameters parameters;

    public CycleDetector(CycleParameters parameters) {
        this.parameters = parameters;
    }

    @Override
    public String name() {
        return "cycle";
    }

    @Override
    public String typology() {
        return "CYCLE";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public List<Finding> detect(TransferProjection graph) {
        var findings = new ArrayList<Finding>();
        var inCycle = new boolean[graph.transferCount()];
        for (int first = 0; first < graph.transferCount(); first++) {
            double amount = graph.usd(first);
            if (inCycle[first]
                    || Double.isNaN(amount)
                    || amount < parameters.minAmountUsd()
                    || graph.from(first) == graph.to(first)) {
                continue;
            }
            var cycle = new Search(graph, first).find();
            var baseline = cycle == null ? null : AmountBaseline.of(graph, graph.outgoing(graph.from(first)), first);
            if (cycle != null && baseline.unusual(parameters.minAmountZ())) {
                for (int t : cycle) {
                    inCycle[t] = true;
                }
                findings.add(finding(graph, cycle, baseline));
            }
        }
        return findings;
    }

    private Finding finding(TransferProjection graph, int[] cycle, AmountBaseline baseline) {
        var builder =
                new FindingBuilder(graph).member(graph.from(cycle[0]), "origin").transfers(cycle);
        var route = new StringJoiner(" → ");
        for (int t : cycle) {
            builder.member(graph.to(t), "intermediary");
            route.add(graph.endpointKey(graph.from(t)));
        }
        route.add(graph.endpointKey(graph.from(cycle[0])));
        int last = cycle[cycle.length - 1];
        long hours = (graph.at(last) - graph.at(cycle[0])) / 3600;
        return builder.build(
                this,
                0.6 + 0.4 * Math.min(1, (cycle.length - 2) / 4.0),
                "%s went round a cycle of %d transfers %s within %d h, each later than the last; %.1f %% of it came back%s"
                        .formatted(
                                Amounts.usd(graph.usd(cycle[0])),
                                cycle.length,
                                route,
                                hours,
                                100 * graph.usd(last) / graph.usd(cycle[0]),
                                baseline.clause()),
                parameters.asMap());
    }

    /** The depth-first search from one transfer: a path of transfers, each step's scan position kept. */
    private final class Search {

        private final TransferProjection graph;
        private final int origin;
        private final long deadline;
        private final int[] path;
        private final int[] next;
        private int budget = SEARCH_BUDGET;

        Search(TransferProjection graph, int first) {
            this.graph = graph;
            this.origin = graph.from(first);
            this.deadline = graph.at(first) + parameters.maxSpan().toSeconds();
            this.path = new int[parameters.maxHops()];
            this.next = new int[parameters.maxHops()];
            path[0] = first;
            next[0] = graph.firstOutgoingAfter(graph.to(first), graph.at(first));
        }

        /** The cycle's transfers in order, or {@code null}. */
        int[] find() {
            int depth = 0; // path[0..depth] is the current path; next[depth] the scan position at its end
            while (depth >= 0) {
                int account = graph.to(path[depth]);
                int t = nextHop(depth, account);
                if (t < 0) {
                    depth--;
                    continue;
                }
                if (graph.to(t) == origin) {
                    if (depth + 2 >= parameters.minHops()) {
                        var cycle = Arrays.copyOf(path, depth + 2);
                        cycle[depth + 1] = t;
                        return cycle;
                    }
                } else if (depth + 2 < parameters.maxHops() && !onPath(graph.to(t), depth)) {
                    depth++;
                    path[depth] = t;
                    next[depth] = graph.firstOutgoingAfter(graph.to(t), graph.at(t));
                }
            }
            return null;
        }

        /** The next transfer out of {@code account} that may follow {@code path[depth]}, or -1. */
        private int nextHop(int depth, int account) {
            double previous = graph.usd(path[depth]);
            while (next[depth] < graph.outgoingCount(account) && budget-- > 0) {
                int t = graph.outgoing(account, next[depth]++);
                if (graph.at(t) > deadline) {
                    next[depth] = Integer.MAX_VALUE;
                    return -1;
                }
                double share = graph.usd(t) / previous;
                if (share >= parameters.minShare() && share <= parameters.maxShare()) {
                    return t;
                }
            }
            return -1;
        }

        private boolean onPath(int account, int depth) {
            for (int i = 0; i <= depth; i++) {
                if (graph.to(path[i]) == account) {
                    return true;
                }
            }
            return false;
        }
    }
}
