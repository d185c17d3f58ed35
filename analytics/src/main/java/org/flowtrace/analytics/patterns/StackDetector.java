package org.flowtrace.analytics.patterns;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.IntUnaryOperator;
import org.flowtrace.analytics.projection.TransferProjection;
import org.flowtrace.graph.finding.Finding;

/**
 * Stack (bipartite) layering: money moves from a set of senders through one or more layers of
 * intermediaries to a set of receivers, every member of a layer paying several members of the next,
 * layer after layer in time order, in similar amounts less fees (FATF, "Money laundering and terrorist
 * financing typologies", layering through multiple intermediaries; AMLworld's "bipartite" and "stack"
 * patterns, Altman et al. 2023). Bank accounts and wallets are alike here: amounts are compared in USD.
 *
 * <p>Definition, with {@link StackParameters}: the stack is found from its earliest transfer {@code t0}
 * of at least {@code minAmountUsd}. The <b>first layer</b> is every sender that pays, within {@code
 * window} from {@code t0}, at least {@code minLinks} of the receivers {@code t0}'s sender pays in that
 * time, each transfer within {@code 1 + maxSpread} of {@code t0}'s amount either way; the <b>second
 * layer</b> is those receivers paid by at least {@code minLinks} of the first. Each <b>next layer</b>
 * is the endpoints (new to the stack) that at least {@code minLinks} members of the layer before pay
 * after they were first paid and within {@code passOnWithin} of their last payment received, each
 * transfer {@code minShare / (1 + maxSpread)} to {@code maxShare · (1 + maxSpread)} of the median
 * transfer of the step before. Then, until nothing changes, a member is dropped that is paid by fewer
 * than {@code minLinks} of the layer before (after the first), pays fewer than {@code minLinks} of the
 * layer after (before the last), or whose stack transfers are less than {@code minShareOfActivity} of
 * all its transfers over their span (a busy business); the stack ends before the first layer left
 * with fewer than {@code minWidth} members and holds with at least {@code minLayers} layers. A
 * transfer belongs to one stack at most.
 *
 * <p>Not assumed: that the layers' totals are equal (each member spreads what it got over the layers
 * of different width, so the definition compares amounts per transfer), or that every member pays
 * every member of the next layer. Score grows with the layers beyond the minimum. Roles: the first
 * layer {@code origin}, the layers between {@code intermediary}, the last {@code destination}.
 */
public final class StackDetector implements PatternDetector {

    private final StackParameters parameters;

    public StackDetector(StackParameters parameters) {
        this.parameters = parameters;
    }

    @Override
    public String name() {
        return "stack";
    }

    @Override
    public String typology() {
        return "STACK";
    }

    @Override
    public String version() {
        return "1";
    }

    /**
     * A stack runs fully in incremental runs: a new transfer in its last layer changes a finding
     * anchored several layers upstream, and a transfer belongs to the first stack found.
     */
    @Override
    public Reach reach() {
        return Reach.WHOLE_GRAPH;
    }

    @Override
    public List<Finding> detect(TransferProjection graph) {
        var findings = new ArrayList<Finding>();
        var used = new boolean[graph.transferCount()];
        for (int t0 = 0; t0 < graph.transferCount(); t0++) {
            double usd = graph.usd(t0);
            if (used[t0] || Double.isNaN(usd) || usd < parameters.minAmountUsd()) {
                continue;
            }
            var stack = new Stack(graph, used);
            if (stack.grow(t0)) {
                stack.steps.forEach(step -> step.forEach(t -> used[t] = true));
                findings.add(stack.finding());
            }
        }
        return findings;
    }

    /** One candidate stack: its layers (members in the order first paid or paying) and the transfers between them. */
    private final class Stack {

        private final TransferProjection graph;
        private final boolean[] used;
        private final List<LinkedHashSet<Integer>> layers = new ArrayList<>();
        private final List<List<Integer>> steps = new ArrayList<>(); // step k: layer k → layer k + 1

        Stack(TransferProjection graph, boolean[] used) {
            this.graph = graph;
            this.used = used;
        }

        boolean grow(int t0) {
            if (!firstStep(t0)) {
                return false;
            }
            while (layers.size() < parameters.maxLayers() && nextStep()) {}
            prune();
            return layers.size() >= parameters.minLayers();
        }

        private boolean firstStep(int t0) {
            int sender = graph.from(t0);
            double lo = graph.usd(t0) / (1 + parameters.maxSpread());
            double hi = graph.usd(t0) * (1 + parameters.maxSpread());
            long until = graph.at(t0) + parameters.window().toSeconds();
            var receivers = new LinkedHashSet<Integer>();
            for (int i = graph.firstOutgoingAfter(sender, graph.at(t0) - 1); i < graph.outgoingCount(sender); i++) {
                int t = graph.outgoing(sender, i);
                if (graph.at(t) > until) {
                    break;
                }
                if (t >= t0 && !used[t] && inBand(t, lo, hi) && graph.to(t) != sender) {
                    receivers.add(graph.to(t));
                }
            }
            if (receivers.size() < parameters.minLinks()) {
                return false;
            }
            var candidates = new ArrayList<Integer>();
            for (int receiver : receivers) {
                for (int i = graph.firstIncomingAfter(receiver, graph.at(t0) - 1);
                        i < graph.incomingCount(receiver);
                        i++) {
                    int t = graph.incoming(receiver, i);
                    if (graph.at(t) > until) {
                        break;
                    }
                    if (t >= t0 && !used[t] && inBand(t, lo, hi) && !receivers.contains(graph.from(t))) {
                        candidates.add(t);
                    }
                }
            }
            candidates.sort(null); // time order
            var senders = linked(candidates, graph::from, graph::to);
            var first = new LinkedHashSet<Integer>();
            senders.forEach((s, paid) -> {
                if (paid.size() >= parameters.minLinks()) {
                    first.add(s);
                }
            });
            if (first.size() < parameters.minWidth()) {
                return false;
            }
            var fromFirst = candidates.stream()
                    .filter(t -> first.contains(graph.from(t)))
                    .toList();
            layers.add(first);
            return addStep(fromFirst);
        }

        /** The next layer from the last one; false when there is none. */
        private boolean nextStep() {
            var layer = layers.getLast();
            var previous = steps.getLast();
            double median = median(previous);
            double lo = median * parameters.minShare() / (1 + parameters.maxSpread());
            double hi = median * parameters.maxShare() * (1 + parameters.maxSpread());
            var firstPaid = new HashMap<Integer, Long>();
            var lastPaid = new HashMap<Integer, Long>();
            for (int t : previous) {
                firstPaid.merge(graph.to(t), graph.at(t), Math::min);
                lastPaid.merge(graph.to(t), graph.at(t), Math::max);
            }
            var inStack = new HashSet<Integer>();
            layers.forEach(inStack::addAll);
            var candidates = new ArrayList<Integer>();
            for (int member : layer) {
                long until = lastPaid.get(member) + parameters.passOnWithin().toSeconds();
                for (int i = graph.firstOutgoingAfter(member, firstPaid.get(member));
                        i < graph.outgoingCount(member);
                        i++) {
                    int t = graph.outgoing(member, i);
                    if (graph.at(t) > until) {
                        break;
                    }
                    if (!used[t] && inBand(t, lo, hi) && !inStack.contains(graph.to(t))) {
                        candidates.add(t);
                    }
                }
            }
            candidates.sort(null);
            var next = new LinkedHashSet<Integer>();
            linked(candidates, graph::to, graph::from).forEach((receiver, payers) -> {
                if (payers.size() >= parameters.minLinks()) {
                    next.add(receiver);
                }
            });
            if (next.size() < parameters.minWidth()) {
                return false;
            }
            layers.add(next);
            steps.add(new ArrayList<>(
                    candidates.stream().filter(t -> next.contains(graph.to(t))).toList()));
            return true;
        }

        /** The step from the first layer to the second: the receivers paid by enough of the first. */
        private boolean addStep(List<Integer> fromFirst) {
            var second = new LinkedHashSet<Integer>();
            linked(fromFirst, graph::to, graph::from).forEach((receiver, payers) -> {
                if (payers.size() >= parameters.minLinks()) {
                    second.add(receiver);
                }
            });
            if (second.size() < parameters.minWidth()) {
                return false;
            }
            layers.add(second);
            steps.add(new ArrayList<>(
                    fromFirst.stream().filter(t -> second.contains(graph.to(t))).toList()));
            return true;
        }

        /** Drops members that break the shape until none does; cuts the stack at its first thin layer. */
        private void prune() {
            boolean changed = true;
            while (changed) {
                changed = false;
                for (int k = 0; k < layers.size(); k++) {
                    if (layers.get(k).size() < parameters.minWidth()) {
                        while (layers.size() > k) {
                            layers.removeLast();
                        }
                        while (steps.size() > Math.max(0, k - 1)) {
                            steps.removeLast();
                        }
                        changed = true;
                        break;
                    }
                }
                for (int k = 0; k < layers.size(); k++) {
                    for (int member : List.copyOf(layers.get(k))) {
                        if (!fits(k, member)) {
                            layers.get(k).remove(member);
                            if (k > 0) {
                                steps.get(k - 1).removeIf(t -> graph.to(t) == member);
                            }
                            if (k < steps.size()) {
                                steps.get(k).removeIf(t -> graph.from(t) == member);
                            }
                            changed = true;
                        }
                    }
                }
            }
        }

        private boolean fits(int k, int member) {
            var mine = new ArrayList<Integer>();
            var payers = new HashSet<Integer>();
            var payees = new HashSet<Integer>();
            if (k > 0) {
                for (int t : steps.get(k - 1)) {
                    if (graph.to(t) == member) {
                        mine.add(t);
                        payers.add(graph.from(t));
                    }
                }
            }
            if (k < steps.size()) {
                for (int t : steps.get(k)) {
                    if (graph.from(t) == member) {
                        mine.add(t);
                        payees.add(graph.to(t));
                    }
                }
            }
            if ((k > 0 && payers.size() < parameters.minLinks())
                    || (k < layers.size() - 1 && payees.size() < parameters.minLinks())
                    || mine.isEmpty()) {
                return false;
            }
            long first = mine.stream().mapToLong(graph::at).min().orElseThrow();
            long last = mine.stream().mapToLong(graph::at).max().orElseThrow();
            int all = graph.firstOutgoingAfter(member, last)
                    - graph.firstOutgoingAfter(member, first - 1)
                    + graph.firstIncomingAfter(member, last)
                    - graph.firstIncomingAfter(member, first - 1);
            return mine.size() >= parameters.minShareOfActivity() * all;
        }

        Finding finding() {
            var builder = new FindingBuilder(graph);
            int last = layers.size() - 1;
            for (int k = 0; k <= last; k++) {
                String role = k == 0 ? "origin" : k == last ? "destination" : "intermediary";
                layers.get(k).forEach(member -> builder.member(member, role));
            }
            var widths = new StringJoiner(" → ");
            layers.forEach(layer -> widths.add(Integer.toString(layer.size())));
            var said = new StringJoiner("; ");
            double before = Double.NaN;
            long firstAt = Long.MAX_VALUE;
            long lastAt = Long.MIN_VALUE;
            for (int k = 0; k < steps.size(); k++) {
                var step = steps.get(k);
                step.forEach(builder::transfers);
                double total = step.stream().mapToDouble(graph::usd).sum();
                double median = median(step);
                double smallest = step.stream().mapToDouble(graph::usd).min().orElseThrow();
                double largest = step.stream().mapToDouble(graph::usd).max().orElseThrow();
                firstAt = Math.min(
                        firstAt, step.stream().mapToLong(graph::at).min().orElseThrow());
                lastAt = Math.max(
                        lastAt, step.stream().mapToLong(graph::at).max().orElseThrow());
                said.add("%s %s in %d transfers of %s%s"
                        .formatted(
                                k == 0 ? keys(layers.get(0)) + " paid" : "layer " + (k + 1) + " paid",
                                Amounts.usd(total),
                                step.size(),
                                smallest == largest
                                        ? Amounts.usd(smallest) + " each"
                                        : Amounts.usd(smallest) + " to " + Amounts.usd(largest),
                                k == 0
                                        ? ""
                                        : " (median %.1f %% of the layer before's)".formatted(100 * median / before)));
                before = median;
            }
            return builder.build(
                    StackDetector.this,
                    0.6 + 0.4 * Math.min(1, (layers.size() - parameters.minLayers() + 1) / 3.0),
                    "%d layers of accounts and wallets (%s) passed money on in similar amounts within %d h, each"
                                    .formatted(layers.size(), widths, (lastAt - firstAt) / 3600)
                            + " layer paying the next after it was paid: %s; to %s"
                                    .formatted(said, keys(layers.get(last))),
                    parameters.asMap());
        }

        private String keys(Set<Integer> layer) {
            var joined = new StringJoiner(", ");
            layer.forEach(member -> joined.add(graph.endpointKey(member)));
            return joined.toString();
        }

        private boolean inBand(int t, double lo, double hi) {
            double usd = graph.usd(t);
            return usd >= lo && usd <= hi && usd >= parameters.minAmountUsd();
        }

        private double median(List<Integer> transfers) {
            double[] amounts =
                    transfers.stream().mapToDouble(graph::usd).sorted().toArray();
            int n = amounts.length;
            return n % 2 == 1 ? amounts[n / 2] : (amounts[n / 2 - 1] + amounts[n / 2]) / 2;
        }
    }

    /** For each endpoint on one side of the transfers, in the order first seen, the distinct endpoints on the other. */
    private static Map<Integer, Set<Integer>> linked(
            List<Integer> transfers, IntUnaryOperator side, IntUnaryOperator other) {
        var links = new LinkedHashMap<Integer, Set<Integer>>();
        for (int t : transfers) {
            links.computeIfAbsent(side.applyAsInt(t), k -> new HashSet<>()).add(other.applyAsInt(t));
        }
        return links;
    }
}
