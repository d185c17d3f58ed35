package org.flowtrace.analytics.patterns;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.flowtrace.analytics.projection.TransferProjection;
import org.jspecify.annotations.Nullable;

/**
 * Ransoms that the references give away where the timing does not: payments to one receiver within
 * {@code payersWithin} whose references name a debt, a release, a fee or a ticket home
 * ({@link RansomWords}), {@code minTotalUsd}–{@code maxTotalUsd} together from at most {@code maxPayers}
 * payers, that the receiver passes on — {@code minShare} to {@code maxShare} of them, in one or several
 * transfers to others than itself — within {@link #PASS_ON_WITHIN} of the last (a mule that forwards
 * "the next day"), at least one of them unusual for its payer as for the timing. Payments already in a ransom found by timing are left to that finding. Outflows more
 * than {@code maxShare} of the payments (plus {@link #FX_SLACK} for the day's exchange rate) — a company's
 * cash-out of weeks of takings — do not pass them on.
 */
final class ReferencedRansoms {

    /** Longer than the detector's {@code passOnWithin}: the words stand in for the speed. */
    static final Duration PASS_ON_WITHIN = Duration.ofHours(72);

    /**
     * What the outflows may exceed {@code maxShare} of the payments by: payments and outflows in another
     * currency are valued at each day's rate, which moves between "the next day" and the payments.
     */
    static final double FX_SLACK = 0.02;

    /** The finding parameter that names the word list its references were read with. */
    static final String WORDS_READ = "referenceWords";

    private final RansomParameters parameters;
    private final ReferencedPayments references;

    ReferencedRansoms(RansomParameters parameters, ReferencedPayments references) {
        this.parameters = parameters;
        this.references = references;
    }

    List<RansomPassing> find(TransferProjection graph, Set<String> alreadyFound) {
        var byReceiver = new HashMap<Integer, List<Integer>>();
        for (int t = 0; t < graph.transferCount(); t++) { // in time order
            var id = graph.id(t);
            double usd = graph.usd(t); // NaN (no rate) fails both bounds
            if (references.get(id) != null
                    && !alreadyFound.contains(id)
                    && graph.from(t) != graph.to(t)
                    && usd >= parameters.minPaymentUsd()
                    && usd <= parameters.maxTotalUsd()) {
                byReceiver.computeIfAbsent(graph.to(t), k -> new ArrayList<>()).add(t);
            }
        }
        var passings = new ArrayList<RansomPassing>();
        byReceiver.forEach((receiver, payments) -> {
            int start = 0;
            while (start < payments.size()) {
                int end = start;
                while (end + 1 < payments.size()
                        && graph.at(payments.get(end + 1)) - graph.at(payments.get(start))
                                <= parameters.payersWithin().toSeconds()) {
                    end++;
                }
                var cluster = payments.subList(start, end + 1);
                var passing = passedOn(graph, receiver, cluster);
                if (passing != null) {
                    passings.add(passing);
                }
                start = end + 1;
            }
        });
        return passings;
    }

    private @Nullable RansomPassing passedOn(TransferProjection graph, int receiver, List<Integer> payments) {
        double total = payments.stream().mapToDouble(graph::usd).sum();
        var payers = new HashSet<Integer>();
        payments.forEach(p -> payers.add(graph.from(p)));
        if (total < parameters.minTotalUsd()
                || total > parameters.maxTotalUsd()
                || payers.size() > parameters.maxPayers()
                || !RansomPaymentDetector.unusualForAPayer(graph, payments, parameters.minAmountZ())) {
            return null;
        }
        long last = graph.at(payments.get(payments.size() - 1));
        var outflows = new ArrayList<Integer>();
        double passed = 0;
        for (int i = graph.firstOutgoingAfter(receiver, last); i < graph.outgoingCount(receiver); i++) {
            int out = graph.outgoing(receiver, i);
            if (graph.at(out) - last > PASS_ON_WITHIN.toSeconds() || passed >= parameters.minShare() * total) {
                break;
            }
            if (!Double.isNaN(graph.usd(out)) && graph.to(out) != receiver) {
                outflows.add(out);
                passed += graph.usd(out);
            }
        }
        if (passed < parameters.minShare() * total || passed > (parameters.maxShare() + FX_SLACK) * total) {
            return null;
        }
        var named = references.named(payments.stream().map(graph::id).toList()).orElseThrow();
        var onwards = new LinkedHashSet<String>();
        for (int out : outflows) {
            onwards.add(graph.endpointKey(graph.to(out)));
        }
        long hours = (graph.at(outflows.get(outflows.size() - 1)) - last) / 3600;
        var parametersUsed = parameters.asMap();
        parametersUsed.put("referencePassOnWithin", PASS_ON_WITHIN.toString());
        parametersUsed.put(WORDS_READ, "read");
        return new RansomPassing(
                receiver,
                payments,
                outflows,
                0.8 + (payers.size() > 1 ? 0.1 : 0),
                "%d payment%s of %s in all to %s whose references name %s; %s passed %.0f %% of it on to %s within %d h"
                        .formatted(
                                payments.size(),
                                payments.size() > 1 ? "s" : "",
                                Amounts.usd(total),
                                graph.endpointKey(receiver),
                                named,
                                graph.endpointKey(receiver),
                                100 * passed / total,
                                String.join(", ", onwards),
                                hours),
                parametersUsed);
    }
}
