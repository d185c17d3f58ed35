package org.flowtrace.analytics.patterns;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;
import org.flowtrace.analytics.projection.TransferProjection;
import org.flowtrace.graph.finding.Finding;

/**
 * The fans in one account's transfers (all outgoing, or all incoming): within a window, the largest
 * group of transfers of similar amounts (the largest within {@code 1 + maxSpread} of the smallest)
 * that reaches at least {@code minCounterparties} distinct counterparties and the minimum total, and
 * makes at least {@code minShareOfWindow} of the window's transfers; a fan found in a window opened by
 * an earlier transfer is grown to the window its own first transfer opens. Transfers of other amounts in
 * the same window (the account's ordinary activity) are left out of the fan. Fans do not overlap: after
 * a fan is taken, the scan goes on after its last transfer. A finding needs its fan unusual for the
 * account ({@code minAmountZ}) and at least {@code minShareOfSizeable} of the account's sizeable
 * transfers while it lasts; a fan that fails these is not cut into smaller ones.
 */
final class FanWindow {

    /** Which side of the fan the scanned account is on. */
    enum Side {
        /** The account sends: fan-out. */
        SOURCE("source", "receiver", "sent", "to"),
        /** The account receives: fan-in. */
        TARGET("target", "sender", "received", "from");

        private final String role;
        private final String counterpartyRole;
        private final String verb;
        private final String preposition;

        Side(String role, String counterpartyRole, String verb, String preposition) {
            this.role = role;
            this.counterpartyRole = counterpartyRole;
            this.verb = verb;
            this.preposition = preposition;
        }
    }

    private FanWindow() {}

    /** The findings of {@code detector}: every fan of every account {@code anchors} accepts, seen from {@code side}. */
    static List<Finding> findings(
            PatternDetector detector,
            TransferProjection graph,
            FanParameters parameters,
            Side side,
            IntPredicate anchors) {
        var findings = new ArrayList<Finding>();
        IntUnaryOperator counterparty = side == Side.SOURCE ? graph::to : graph::from;
        for (int account = 0; account < graph.endpointCount(); account++) {
            if (!anchors.test(account)) {
                continue;
            }
            var transfers = side == Side.SOURCE ? graph.outgoing(account) : graph.incoming(account);
            for (var fan : find(graph, transfers, counterparty, parameters)) {
                var baseline = AmountBaseline.of(graph, transfers, fan);
                if (!baseline.unusual(parameters.minAmountZ())
                        || fan.length < parameters.minShareOfSizeable() * sizeableDuring(graph, transfers, fan)) {
                    continue;
                }
                var builder =
                        new FindingBuilder(graph).member(account, side.role).transfers(fan);
                var others = new HashSet<Integer>();
                double total = 0;
                for (int t : fan) {
                    builder.member(counterparty.applyAsInt(t), side.counterpartyRole);
                    others.add(counterparty.applyAsInt(t));
                    total += graph.usd(t);
                }
                var span = Duration.ofSeconds(graph.at(fan[fan.length - 1]) - graph.at(fan[0]));
                int minimum = parameters.minCounterparties();
                findings.add(builder.build(
                        detector,
                        0.5 + 0.5 * Math.min(1, (others.size() - minimum) / (double) (2 * minimum)),
                        "%s %s %d similar amounts (%s in all) %s %d distinct counterparties within %d h%s"
                                .formatted(
                                        graph.endpointKey(account),
                                        side.verb,
                                        fan.length,
                                        Amounts.usd(total),
                                        side.preposition,
                                        others.size(),
                                        span.toHours(),
                                        baseline.clause()),
                        parameters.asMap()));
            }
        }
        return findings;
    }

    /** The account's transfers (on the fan's side) from the fan's first to its last of at least half its smallest amount. */
    private static int sizeableDuring(TransferProjection graph, int[] transfers, int[] fan) {
        double smallest = Double.MAX_VALUE;
        for (int t : fan) {
            smallest = Math.min(smallest, graph.usd(t));
        }
        long from = graph.at(fan[0]);
        long to = graph.at(fan[fan.length - 1]);
        int sizeable = 0;
        for (int t : transfers) {
            if (graph.at(t) >= from && graph.at(t) <= to && graph.usd(t) >= smallest / 2) {
                sizeable++;
            }
        }
        return sizeable;
    }

    /** Each fan as the indexes of its transfers, in time order. */
    static List<int[]> find(
            TransferProjection graph, int[] transfers, IntUnaryOperator counterparty, FanParameters parameters) {
        var fans = new ArrayList<int[]>();
        long window = parameters.window().toSeconds();
        int start = 0;
        int end = 0;
        int evaluatedEnd = -1; // a window without a new transfer since a fanless one holds no fan either
        while (start + parameters.minCounterparties() <= transfers.length) {
            end = Math.max(end, start);
            while (end + 1 < transfers.length && graph.at(transfers[end + 1]) - graph.at(transfers[start]) <= window) {
                end++;
            }
            int[] fan = null;
            if (end - start + 1 >= parameters.minCounterparties() && end > evaluatedEnd) {
                fan = similarGroup(graph, Arrays.copyOfRange(transfers, start, end + 1), counterparty, parameters);
                if (fan == null) {
                    evaluatedEnd = end;
                } else if (fan.length < parameters.minShareOfWindow() * (end - start + 1)) {
                    fan = null; // too small a part of the window; a later, smaller window may hold it
                }
            }
            if (fan != null) {
                fan = widened(graph, transfers, start, fan, counterparty, parameters);
                fans.add(fan);
                int last = fan[fan.length - 1];
                while (start < transfers.length && graph.at(transfers[start]) <= graph.at(last)) {
                    start++;
                }
                evaluatedEnd = -1;
            } else {
                start++;
            }
        }
        return fans;
    }

    /**
     * The fan found in a window that began before it, grown to the window that begins at its first
     * transfer: a window opened by an earlier, unrelated transfer ends inside a fan and cuts it short
     * (the rest would be left out, and the scan goes on after it). Repeated while the fan grows.
     */
    private static int[] widened(
            TransferProjection graph,
            int[] transfers,
            int start,
            int[] fan,
            IntUnaryOperator counterparty,
            FanParameters parameters) {
        long window = parameters.window().toSeconds();
        int from = start;
        while (true) {
            while (transfers[from] != fan[0]) {
                from++;
            }
            int to = from;
            while (to + 1 < transfers.length && graph.at(transfers[to + 1]) - graph.at(transfers[from]) <= window) {
                to++;
            }
            var wider = similarGroup(graph, Arrays.copyOfRange(transfers, from, to + 1), counterparty, parameters);
            if (wider == null
                    || wider.length <= fan.length
                    || wider.length < parameters.minShareOfWindow() * (to - from + 1)) {
                return fan;
            }
            fan = wider;
        }
    }

    private static int[] similarGroup(
            TransferProjection graph, int[] window, IntUnaryOperator counterparty, FanParameters parameters) {
        // primitive arrays throughout: busy accounts have thousands of transfers in a window
        double[] amounts = new double[window.length];
        int n = 0;
        for (int t : window) {
            double usd = graph.usd(t);
            if (!Double.isNaN(usd)) {
                amounts[n++] = usd;
            }
        }
        if (n < parameters.minCounterparties()) {
            return null;
        }
        Arrays.sort(amounts, 0, n);
        int bestFrom = 0;
        int bestTo = -1;
        int lo = 0;
        for (int hi = 0; hi < n; hi++) {
            while (amounts[hi] > amounts[lo] * (1 + parameters.maxSpread())) {
                lo++;
            }
            if (hi - lo > bestTo - bestFrom) {
                bestFrom = lo;
                bestTo = hi;
            }
        }
        if (bestTo - bestFrom + 1 < parameters.minCounterparties()) {
            return null;
        }
        double smallest = amounts[bestFrom];
        double largest = amounts[bestTo];
        int[] group = new int[bestTo - bestFrom + 1];
        int size = 0;
        var counterparties = new HashSet<Integer>();
        double total = 0;
        for (int t : window) { // in time order; ties in amount at the edges: the earliest ones
            double usd = graph.usd(t);
            if (usd >= smallest && usd <= largest && size < group.length) {
                group[size++] = t;
                counterparties.add(counterparty.applyAsInt(t));
                total += usd;
            }
        }
        if (counterparties.size() < parameters.minCounterparties() || total < parameters.minTotalUsd()) {
            return null;
        }
        return group;
    }
}
