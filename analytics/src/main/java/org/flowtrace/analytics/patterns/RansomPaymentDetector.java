package org.flowtrace.analytics.patterns;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import org.flowtrace.analytics.projection.TransferProjection;
import org.flowtrace.graph.finding.Finding;
import org.flowtrace.graph.model.EndpointLabel;

/**
 * Ransom payments to scam compounds: a family pays for a relative's release — one to a few payers,
 * often at the same bank, each paying once, 1,500–20,000 USD together within days — to an account
 * (a mule) that passes it on almost whole within hours (UNODC 2023 and 2024 reports on scam centres
 * in Southeast Asia; Interpol's 2023 orange notice on trafficking into them). Definition: for an
 * outflow of a receiver, the one-off payments it received (a payer with no other payment to it within
 * {@code oneOffWithin} either side) in the {@code passOnWithin} before it, and earlier ones back to
 * {@code payersWithin} before the last, taken newest first until they explain the outflow: at most
 * {@code maxPayers} payers, each payment ≥ {@code minPaymentUsd}, together
 * {@code minTotalUsd}–{@code maxTotalUsd}, the outflow being {@code minShare}–{@code maxShare} of them
 * and unusual for the receiver (robust z ≥ {@code minAmountZ}), the payments being at least
 * {@code minShareOfInflow} of all it received in the {@code payersWithin} before the outflow, and at
 * least one payment unusual for its payer (robust z ≥ {@code minAmountZ} against the payer's other
 * payments, or a payer with too few of them: a family scrapes together far more than it ever pays,
 * a business paying an invoice does not). Payers at the same bank as each
 * other raise the score (a family), as do more payers. References that name a debt, a release fee or a
 * ticket home raise it further ({@link #withReferences}).
 *
 * <p>Not a ransom passed on: an outflow to the receiver itself; an outflow to a counterparty of the
 * receiver's own — one it had paid before the payments came, or a wallet it pays at any other time (its
 * own deposit address at an exchange: a family remittance cashed out as every month, not money handed on
 * to someone new), other than in a ransom it passed on; and any outflow of a receiver that {@code
 * busyPayers} or more payers paid in the {@code busyWithin} before it (a shop, a company, an exchange,
 * whose one large payment can match days of takings). Each receiver is one finding, with every ransom
 * it passed on ({@link RansomPassing}).
 */
public final class RansomPaymentDetector implements PatternDetector {

    private final RansomParameters parameters;
    private final ReferencedPayments references;

    public RansomPaymentDetector(RansomParameters parameters) {
        this(parameters, ReferencedPayments.NONE);
    }

    private RansomPaymentDetector(RansomParameters parameters, ReferencedPayments references) {
        this.parameters = parameters;
        this.references = references;
    }

    /**
     * This detector reading these references ({@link RansomReferenceReader}): a ransom found by timing
     * quotes those of its transfers and scores halfway closer to 1, and the ransoms that the references
     * give away where the timing does not are found too ({@link ReferencedRansoms}).
     */
    public RansomPaymentDetector withReferences(ReferencedPayments references) {
        return new RansomPaymentDetector(parameters, references);
    }

    public RansomParameters parameters() {
        return parameters;
    }

    @Override
    public String name() {
        return "ransom";
    }

    @Override
    public String typology() {
        return "RANSOM";
    }

    @Override
    public String version() {
        return "2";
    }

    @Override
    public List<Finding> detect(TransferProjection graph) {
        var byReceiver = new LinkedHashMap<Integer, List<RansomPassing>>();
        for (int receiver = 0; receiver < graph.endpointCount(); receiver++) {
            var incoming = graph.incoming(receiver);
            if (incoming.length == 0 || graph.outgoingCount(receiver) == 0) {
                continue;
            }
            var oneOff = oneOffPayments(graph, receiver, incoming);
            if (oneOff.isEmpty()) {
                continue;
            }
            var outgoing = graph.outgoing(receiver);
            var passings = new ArrayList<RansomPassing>();
            long usedUntil = Long.MIN_VALUE;
            for (int out : outgoing) {
                if (graph.to(out) == receiver) {
                    continue;
                }
                var payments = paymentsPassedOn(graph, oneOff, out, usedUntil);
                if (payments == null
                        || shareOfInflow(graph, incoming, payments, out) < parameters.minShareOfInflow()
                        || !unusualForAPayer(graph, payments, parameters.minAmountZ())
                        || busy(graph, receiver, incoming, out)) {
                    continue;
                }
                var baseline = AmountBaseline.of(graph, outgoing, out);
                if (!baseline.unusual(parameters.minAmountZ())) {
                    continue;
                }
                passings.add(passing(graph, receiver, payments, out, baseline));
                usedUntil = graph.at(out);
            }
            var passedOn = new HashSet<Integer>();
            passings.forEach(p -> passedOn.addAll(p.outflows()));
            passings.removeIf(p -> ownCounterparty(graph, outgoing, p, passedOn));
            if (!passings.isEmpty()) {
                byReceiver.put(receiver, passings);
            }
        }
        if (!references.isEmpty()) {
            var found = new HashSet<String>();
            byReceiver
                    .values()
                    .forEach(list -> list.forEach(p -> {
                        p.payments().forEach(t -> found.add(graph.id(t)));
                        p.outflows().forEach(t -> found.add(graph.id(t)));
                    }));
            for (var passing : new ReferencedRansoms(parameters, references).find(graph, found)) {
                byReceiver
                        .computeIfAbsent(passing.receiver(), k -> new ArrayList<>())
                        .add(passing);
            }
        }
        var findings = new ArrayList<Finding>();
        byReceiver.values().forEach(passings -> findings.add(RansomPassing.finding(this, graph, passings)));
        return findings;
    }

    /**
     * Whether at least one of the payments is unusual for its payer: a robust z-score of at least
     * {@code minZ} against the payer's other payments, or too few of them for a baseline.
     */
    static boolean unusualForAPayer(TransferProjection graph, List<Integer> payments, double minZ) {
        for (int in : payments) {
            if (AmountBaseline.of(graph, graph.outgoing(graph.from(in)), in).unusual(minZ)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code busyPayers} or more payers other than the receiver itself (the ransom's among them)
     * paid it in the {@code busyWithin} before the outflow: money comes in broadly and steadily.
     */
    private boolean busy(TransferProjection graph, int receiver, int[] incoming, int out) {
        long from = graph.at(out) - parameters.busyWithin().toSeconds();
        var payers = new HashSet<Integer>();
        for (int in : incoming) {
            long at = graph.at(in);
            if (at >= from && at <= graph.at(out) && graph.from(in) != receiver) {
                payers.add(graph.from(in));
                if (payers.size() >= parameters.busyPayers()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the passing's outflow goes to a counterparty of the receiver's own: one it paid before the
     * payments came, or — a wallet, such as its deposit address at an exchange, which is one customer's —
     * at any other time, other than in a ransom it passed on. A bank account of an exchange or a business
     * takes anyone's money, so only paying it before counts.
     */
    private static boolean ownCounterparty(
            TransferProjection graph, int[] outgoing, RansomPassing passing, Set<Integer> passedOn) {
        long first = graph.at(passing.payments().getFirst());
        int target = graph.to(passing.outflows().getFirst());
        boolean wallet = graph.endpointLabel(target) == EndpointLabel.WALLET;
        for (int other : outgoing) {
            if (graph.to(other) == target && !passedOn.contains(other) && (wallet || graph.at(other) < first)) {
                return true;
            }
        }
        return false;
    }

    /** The receiver's payments of at least the minimum whose payer paid it nothing else near them, in time order. */
    private List<Integer> oneOffPayments(TransferProjection graph, int receiver, int[] incoming) {
        var byPayer = new HashMap<Integer, List<Integer>>();
        for (int in : incoming) {
            byPayer.computeIfAbsent(graph.from(in), k -> new ArrayList<>()).add(in);
        }
        long near = parameters.oneOffWithin().toSeconds();
        var oneOff = new ArrayList<Integer>();
        for (int in : incoming) {
            double usd = graph.usd(in);
            if (Double.isNaN(usd)
                    || usd < parameters.minPaymentUsd()
                    || usd > parameters.maxTotalUsd()
                    || graph.from(in) == receiver) {
                continue;
            }
            boolean alone = byPayer.get(graph.from(in)).stream()
                    .allMatch(other -> other == in || Math.abs(graph.at(other) - graph.at(in)) > near);
            if (alone) {
                oneOff.add(in);
            }
        }
        return oneOff;
    }

    /** The one-off payments that {@code out} passes on, newest first until they explain it; or null. */
    private List<Integer> paymentsPassedOn(TransferProjection graph, List<Integer> oneOff, int out, long usedUntil) {
        double outflow = graph.usd(out);
        if (Double.isNaN(outflow) || outflow < parameters.minTotalUsd() * parameters.minShare()) {
            return null;
        }
        long at = graph.at(out);
        var payments = new ArrayList<Integer>();
        var payers = new HashSet<Integer>();
        double total = 0;
        long last = Long.MIN_VALUE;
        for (int i = oneOff.size() - 1; i >= 0; i--) {
            int in = oneOff.get(i);
            long paid = graph.at(in);
            if (paid > at) {
                continue;
            }
            if (paid <= usedUntil
                    || (last == Long.MIN_VALUE
                            && at - paid > parameters.passOnWithin().toSeconds())
                    || (last != Long.MIN_VALUE
                            && last - paid > parameters.payersWithin().toSeconds())) {
                break;
            }
            last = last == Long.MIN_VALUE ? paid : last;
            payments.add(0, in);
            payers.add(graph.from(in));
            total += graph.usd(in);
            if (payers.size() > parameters.maxPayers() || total > parameters.maxTotalUsd()) {
                return null;
            }
            double share = outflow / total;
            if (share <= parameters.maxShare()) {
                return share >= parameters.minShare() && total >= parameters.minTotalUsd() ? payments : null;
            }
        }
        return null;
    }

    /** The payments' part of all the receiver got in the {@code payersWithin} before {@code out} (or since the first). */
    private double shareOfInflow(TransferProjection graph, int[] incoming, List<Integer> payments, int out) {
        long from = Math.min(
                graph.at(payments.get(0)),
                graph.at(out) - parameters.payersWithin().toSeconds());
        double all = 0;
        double paid = 0;
        for (int in : incoming) {
            if (graph.at(in) >= from && graph.at(in) <= graph.at(out) && !Double.isNaN(graph.usd(in))) {
                all += graph.usd(in);
            }
        }
        for (int in : payments) {
            paid += graph.usd(in);
        }
        return all == 0 ? 0 : paid / all;
    }

    private RansomPassing passing(
            TransferProjection graph, int receiver, List<Integer> payments, int out, AmountBaseline baseline) {
        var banks = new HashSet<String>();
        double total = 0;
        for (int in : payments) {
            banks.add(bank(graph.endpointKey(graph.from(in))));
            total += graph.usd(in);
        }
        int payers = (int) payments.stream().map(graph::from).distinct().count();
        boolean family = payers > 1 && banks.size() == 1;
        long hours = (graph.at(out) - graph.at(payments.get(payments.size() - 1))) / 3600;
        long spanSeconds = graph.at(payments.get(payments.size() - 1)) - graph.at(payments.get(0));
        var span =
                spanSeconds < 86_400 ? "%d h".formatted(spanSeconds / 3600) : "%d days".formatted(spanSeconds / 86_400);
        double score = Math.min(1, 0.6 + (payers > 1 ? 0.15 : 0) + (family ? 0.15 : 0) + (hours < 6 ? 0.1 : 0));
        var explanation = "%d one-off payer%s%s paid %s to %s%s; %s sent %.0f %% of it on to %s within %d h%s"
                .formatted(
                        payers,
                        payers > 1 ? "s" : "",
                        family ? " at one bank" : "",
                        Amounts.usd(total),
                        graph.endpointKey(receiver),
                        payers > 1 ? " within " + span : "",
                        graph.endpointKey(receiver),
                        100 * graph.usd(out) / total,
                        graph.endpointKey(graph.to(out)),
                        hours,
                        baseline.clause());
        var parametersUsed = parameters.asMap();
        var evidence = new ArrayList<String>();
        payments.forEach(in -> evidence.add(graph.id(in)));
        evidence.add(graph.id(out)); // after the payments: the transfers in time order
        var named = references.named(evidence);
        if (named.isPresent()) {
            score += (1 - score) / 2;
            explanation += "; the references name " + named.get();
            parametersUsed.put(ReferencedRansoms.WORDS_READ, references.words());
        }
        return new RansomPassing(receiver, payments, List.of(out), score, explanation, parametersUsed);
    }

    /** The bank part of an account key ({@code bank:number}); a wallet's chain. */
    private static String bank(String key) {
        int colon = key.indexOf(':');
        return colon < 0 ? key : key.substring(0, colon);
    }
}
