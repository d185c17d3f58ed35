package org.flowtrace.analytics.coercion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.flowtrace.analytics.projection.TransferProjection;
import org.jspecify.annotations.Nullable;

/**
 * Indicator {@link Indicator#VICTIM_FLOWS}: an account or wallet that takes fraud victims' money and
 * hands all of it to the operator — the coerced worker's own wallet or account, used by the compound
 * (UNODC, "Casinos, money laundering, underground banking, and transnational organized crime in East and
 * Southeast Asia", 2024; Interpol, "Global warning on human trafficking-fuelled fraud", 2023; FATF,
 * "Financial flows from human trafficking", 2018, indicators of victims' accounts controlled by third
 * parties). Definition: at least {@code minVictimSenders} victim-like senders — not the operator's, paying
 * it at most {@code maxPaymentsPerSender} times, never paid by it — paying at least {@code minInflowUsd}
 * together; at least {@code minOperatorShare} of all it sent went to operator endpoints, and that is at
 * least {@code minForwardedShare} of all it received. How fast it forwarded (the median time from the
 * inflow before each outflow) is told, not required. The operator's and exchanges' own endpoints are
 * never candidates.
 *
 * <p>Flows to companies the operator owns only through the register ({@link RegisterOwnedEndpoints})
 * count towards those shares only when the victims' money was also <em>swept</em>: at least
 * {@code minForwardedShare} of it passed on payment by payment, each victim payment within
 * {@code sweptWithin} by an outflow of its own to the operator of {@code minForwardedShare} to 100 % of
 * it. The compound holds the worker's phone and empties the account as each victim pays; a paid mule
 * also pays the operator's companies, but forwards when it suits him, several payments at once, and keeps
 * a cut — so a company reached only through the register, which anyone may pay, needs that sign of
 * control besides the money.
 */
final class VictimFlows {

    /** What an outflow may exceed the payment it sweeps by: each is valued at its own day's rate. */
    static final double FX_SLACK = 0.02;

    private final CoercionParameters parameters;

    VictimFlows(CoercionParameters parameters) {
        this.parameters = parameters;
    }

    /** The signal per endpoint index of the projection, for the endpoints where it fires. */
    Map<Integer, CoercionSignal> find(TransferProjection graph, OperatorEndpoints endpoints) {
        var own = new boolean[graph.endpointCount()];
        var owned = new RegisterOwnedEndpoints.OwnedBy[graph.endpointCount()];
        var excluded = new boolean[graph.endpointCount()];
        for (int e = 0; e < graph.endpointCount(); e++) {
            var id = EndpointId.of(graph, e);
            own[e] = endpoints.operator().contains(id);
            owned[e] = endpoints.owned().get(id);
            excluded[e] = endpoints.excluded(id);
        }
        var found = new LinkedHashMap<Integer, CoercionSignal>();
        for (int worker = 0; worker < graph.endpointCount(); worker++) {
            if (excluded[worker] || graph.outgoingCount(worker) == 0) {
                continue;
            }
            var signal = signal(graph, worker, own, owned);
            if (signal != null) {
                found.put(worker, signal);
            }
        }
        return found;
    }

    private @Nullable CoercionSignal signal(
            TransferProjection graph, int worker, boolean[] own, RegisterOwnedEndpoints.@Nullable OwnedBy[] owned) {
        var outgoing = graph.outgoing(worker);
        double sent = 0;
        double toOwn = 0;
        double toOwned = 0;
        var paidBack = new HashSet<Integer>();
        var operatorOut = new ArrayList<Integer>();
        for (int out : outgoing) {
            double usd = usd(graph, out);
            sent += usd;
            int to = graph.to(out);
            paidBack.add(to);
            if (own[to]) {
                toOwn += usd;
                operatorOut.add(out);
            } else if (owned[to] != null) {
                toOwned += usd;
                operatorOut.add(out);
            }
        }
        double toOperator = toOwn + toOwned;
        if (sent == 0 || toOperator < parameters.minOperatorShare() * sent) {
            return null;
        }
        var incoming = graph.incoming(worker);
        var bySender = new HashMap<Integer, List<Integer>>();
        double received = 0;
        for (int in : incoming) {
            received += usd(graph, in);
            bySender.computeIfAbsent(graph.from(in), k -> new ArrayList<>()).add(in);
        }
        var victimIn = new ArrayList<Integer>();
        double fromVictims = 0;
        int senders = 0;
        for (var entry : bySender.entrySet()) {
            int sender = entry.getKey();
            if (own[sender]
                    || owned[sender] != null
                    || sender == worker
                    || paidBack.contains(sender)
                    || entry.getValue().size() > parameters.maxPaymentsPerSender()) {
                continue;
            }
            senders++;
            for (int in : entry.getValue()) {
                victimIn.add(in);
                fromVictims += usd(graph, in);
            }
        }
        if (senders < parameters.minVictimSenders()
                || fromVictims < parameters.minInflowUsd()
                || toOperator < parameters.minForwardedShare() * received) {
            return null;
        }
        victimIn.sort(Integer::compare);
        var swept = "";
        boolean ownAlone =
                toOwn >= parameters.minOperatorShare() * sent && toOwn >= parameters.minForwardedShare() * received;
        if (!ownAlone) {
            double sweptUsd = swept(graph, victimIn, operatorOut);
            if (sweptUsd < parameters.minForwardedShare() * fromVictims) {
                return null;
            }
            swept = String.format(
                    Locale.ROOT,
                    "; %.0f %% of the victims' money passed on payment by payment, each within %d h by a transfer"
                            + " of its own",
                    100 * sweptUsd / fromVictims,
                    parameters.sweptWithin().toHours());
        }
        var evidence = new ArrayList<Integer>(victimIn);
        evidence.addAll(operatorOut);
        evidence.sort(Integer::compare);
        var receivers = operatorOut.stream()
                .map(graph::to)
                .distinct()
                .map(to -> owned[to] == null
                        ? graph.endpointKey(to)
                        : "%s (%s)".formatted(graph.endpointKey(to), owned[to].describe()))
                .sorted()
                .toList();
        var reason = String.format(
                Locale.ROOT,
                "%s from %d unrelated one-off senders; %.0f %% of all it sent (%s) went to the operator's %s%s%s",
                usd(fromVictims),
                senders,
                100 * toOperator / sent,
                usd(toOperator),
                String.join(", ", receivers),
                forwardedWithin(graph, incoming, operatorOut),
                swept);
        return new CoercionSignal(
                Indicator.VICTIM_FLOWS, reason, evidence.stream().map(graph::id).toList());
    }

    /**
     * The victims' money swept on payment by payment: each victim payment (in time order) matched to the
     * first unmatched operator outflow within {@code sweptWithin} after it of {@code minForwardedShare} to
     * 100 % of it (plus {@value #FX_SLACK} for the day's exchange rate); the matched payments' USD.
     */
    private double swept(TransferProjection graph, List<Integer> victimIn, List<Integer> operatorOut) {
        long within = parameters.sweptWithin().toSeconds();
        var used = new boolean[operatorOut.size()];
        double swept = 0;
        for (int in : victimIn) {
            double paid = usd(graph, in);
            for (int o = 0; o < operatorOut.size(); o++) {
                int out = operatorOut.get(o);
                long after = graph.at(out) - graph.at(in);
                if (used[o] || after < 0) {
                    continue;
                }
                if (after > within) {
                    break;
                }
                double share = usd(graph, out) / paid;
                if (share >= parameters.minForwardedShare() && share <= 1 + FX_SLACK) {
                    used[o] = true;
                    swept += paid;
                    break;
                }
            }
        }
        return swept;
    }

    /** ", typically within N h": the median time from the last inflow before each operator outflow. */
    private static String forwardedWithin(TransferProjection graph, int[] incoming, List<Integer> operatorOut) {
        var hours = new ArrayList<Double>();
        for (int out : operatorOut) {
            long before = Long.MIN_VALUE;
            for (int in : incoming) {
                if (graph.at(in) <= graph.at(out)) {
                    before = graph.at(in);
                }
            }
            if (before != Long.MIN_VALUE) {
                hours.add((graph.at(out) - before) / 3600.0);
            }
        }
        if (hours.isEmpty()) {
            return "";
        }
        double median = new Median()
                .evaluate(hours.stream().mapToDouble(Double::doubleValue).toArray());
        return String.format(Locale.ROOT, ", typically within %.0f h of receiving it", median);
    }

    private static double usd(TransferProjection graph, int transfer) {
        double usd = graph.usd(transfer);
        return Double.isNaN(usd) ? 0 : usd;
    }

    static String usd(double value) {
        return String.format(Locale.ROOT, "%,.2f USD", value);
    }
}
