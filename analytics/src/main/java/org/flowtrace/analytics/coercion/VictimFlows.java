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
 */
final class VictimFlows {

    private final CoercionParameters parameters;

    VictimFlows(CoercionParameters parameters) {
        this.parameters = parameters;
    }

    /** The signal per endpoint index of the projection, for the endpoints where it fires. */
    Map<Integer, CoercionSignal> find(TransferProjection graph, OperatorEndpoints endpoints) {
        var operator = new boolean[graph.endpointCount()];
        var excluded = new boolean[graph.endpointCount()];
        for (int e = 0; e < graph.endpointCount(); e++) {
            var id = EndpointId.of(graph, e);
            operator[e] = endpoints.operator().contains(id);
            excluded[e] = endpoints.excluded(id);
        }
        var found = new LinkedHashMap<Integer, CoercionSignal>();
        for (int worker = 0; worker < graph.endpointCount(); worker++) {
            if (excluded[worker] || graph.outgoingCount(worker) == 0) {
                continue;
            }
            var signal = signal(graph, worker, operator);
            if (signal != null) {
                found.put(worker, signal);
            }
        }
        return found;
    }

    private @Nullable CoercionSignal signal(TransferProjection graph, int worker, boolean[] operator) {
        var outgoing = graph.outgoing(worker);
        double sent = 0;
        double toOperator = 0;
        var paidBack = new HashSet<Integer>();
        var operatorOut = new ArrayList<Integer>();
        for (int out : outgoing) {
            double usd = usd(graph, out);
            sent += usd;
            paidBack.add(graph.to(out));
            if (operator[graph.to(out)]) {
                toOperator += usd;
                operatorOut.add(out);
            }
        }
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
            if (operator[sender]
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
        var evidence = new ArrayList<Integer>(victimIn);
        evidence.addAll(operatorOut);
        evidence.sort(Integer::compare);
        var receivers = operatorOut.stream()
                .map(t -> graph.endpointKey(graph.to(t)))
                .distinct()
                .sorted()
                .toList();
        var reason = String.format(
                Locale.ROOT,
                "%s from %d unrelated one-off senders; %.0f %% of all it sent (%s) went to the operator's %s%s",
                usd(fromVictims),
                senders,
                100 * toOperator / sent,
                usd(toOperator),
                String.join(", ", receivers),
                forwardedWithin(graph, incoming, operatorOut));
        return new CoercionSignal(
                Indicator.VICTIM_FLOWS, reason, evidence.stream().map(graph::id).toList());
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
