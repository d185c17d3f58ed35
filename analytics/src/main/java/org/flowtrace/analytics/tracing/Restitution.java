package org.flowtrace.analytics.tracing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flowtrace.graph.connection.GraphConnection;
import org.jspecify.annotations.Nullable;

/**
 * Turns victims' payments into a restitution schedule. Every payment is traced forward together, by
 * one rule, up to the hop limit, with the recovered endpoints frozen at their times; then each
 * endpoint is distributed in turn (the order of the recovered-assets file, or by traced value):
 *
 * <ol>
 *   <li>a victim's <b>claim</b> on it is the value traced there to the victim's payments, capped at what
 *       the victim paid less what earlier endpoints awarded (nobody recovers more than they lost — under
 *       poison, where one payment taints everything after it, this cap is what bounds a claim);
 *   <li>when the claims together do not exceed what is available, each is <b>met in full</b>;
 *   <li>otherwise what is available is divided <b>pro rata</b> over the claims (to the cent, largest
 *       remainder), each line showing {@code available × claim / claims};
 *   <li>what is left is not traced to any victim: the account holder's or third parties' money.
 * </ol>
 *
 * Without recovered assets, what is available at an endpoint is what rests there: the balance of an
 * account the trace replayed, or the traced value that reached an endpoint it did not follow further.
 */
public final class Restitution {

    private final GraphConnection graph;

    public Restitution(GraphConnection graph) {
        this.graph = graph;
    }

    public RestitutionSchedule schedule(
            List<VictimPayment> payments,
            List<RecoveredAsset> recovered,
            TaintAllocator rule,
            int maxHops,
            @Nullable Instant until) {
        if (payments.isEmpty()) {
            throw new IllegalArgumentException("no victim payments to trace");
        }
        var reader = new TransferHistoryReader(graph);
        var seedFlows = new ArrayList<Flow>();
        var seeds = new HashMap<String, Source>();
        var startDepths = new HashMap<String, Integer>();
        var paid = new LinkedHashMap<String, BigDecimal>();
        var names = new LinkedHashMap<String, String>();
        var transfers = new LinkedHashMap<String, List<String>>();
        for (var payment : payments) {
            var flow = reader.transfer(payment.transferId())
                    .orElseThrow(() -> new IllegalArgumentException("victim " + payment.victim() + ": no transfer '"
                            + payment.transferId() + "' in the graph (or it has no USD value)"));
            if (seeds.put(flow.transferId(), Source.traced(flow.transferId(), payment.victim())) != null) {
                throw new IllegalArgumentException("transfer " + flow.transferId() + " is listed twice");
            }
            seedFlows.add(flow);
            startDepths.put(flow.to(), 1);
            paid.merge(payment.victim(), flow.value(), BigDecimal::add);
            names.putIfAbsent(payment.victim(), payment.name());
            transfers.computeIfAbsent(payment.victim(), k -> new ArrayList<>()).add(flow.transferId());
        }
        var frozen = new HashMap<String, Instant>();
        recovered.forEach(asset -> frozen.merge(asset.endpoint(), asset.frozenAt(), (a, b) -> a.isBefore(b) ? a : b));
        var horizon = until != null
                ? until
                : recovered.stream()
                        .map(RecoveredAsset::frozenAt)
                        .max(Comparator.naturalOrder())
                        .orElse(Instant.parse("9999-12-31T23:59:59Z"));
        var trace = new ForwardTrace(reader, rule, maxHops, horizon);
        var outcome = trace.run(seedFlows, seeds, startDepths, frozen);
        var untilText =
                until != null ? until.toString() : recovered.isEmpty() ? "the end of the evidence" : "the freeze";
        var endpoints = trace.endpoints(outcome, untilText);

        var assumptions = new ArrayList<String>(
                List.of(rule.definition(), Tracer.VALUATION, Tracer.OPENING, Tracer.LINKS, Tracer.EXCHANGES));
        assumptions.add("A claim on an endpoint is the value traced there to the victim's payments, capped at what"
                + " the victim paid less what earlier endpoints awarded; claims beyond what is available share it"
                + " pro rata.");
        assumptions.addAll(Tracer.openingNotes(outcome.replay().openingAssumed()));
        assumptions.addAll(reader.notes());
        assumptions.addAll(outcome.replay().notes());

        var byPool = new LinkedHashMap<String, TracedEndpoint>();
        endpoints.forEach(e -> byPool.put(e.pool(), e));
        var assignment = outcome.pools().assignment();
        var order = new ArrayList<Distribution>();
        if (recovered.isEmpty()) {
            endpoints.stream()
                    .sorted(Comparator.comparing((TracedEndpoint e) -> e.tracedTotal(rule.additive()))
                            .reversed()
                            .thenComparing(TracedEndpoint::pool))
                    .forEach(e -> order.add(new Distribution(
                            e.pool(),
                            e.replayed() || !rule.additive() ? e.value() : e.tracedTotal(true),
                            e.replayed() ? "balance at " + untilText : "traced value that reached it (" + e.why() + ")",
                            e)));
        } else {
            for (var asset : recovered) {
                var pool = assignment.getOrDefault(asset.endpoint(), asset.endpoint());
                order.add(new Distribution(
                        asset.endpoint(),
                        asset.value(),
                        "recovered " + asset.amount() + " at " + asset.frozenAt(),
                        byPool.get(pool)));
            }
        }

        var awardedSoFar = new HashMap<String, BigDecimal>();
        var allocations = new ArrayList<RestitutionSchedule.EndpointAllocation>();
        var lines = new ArrayList<RestitutionSchedule.Line>();
        var claimsTotal = new HashMap<String, BigDecimal>();
        for (var d : order) {
            var traced = new LinkedHashMap<String, BigDecimal>();
            if (d.endpoint() != null) {
                d.endpoint()
                        .traced()
                        .forEach((source, amount) -> traced.merge(source.label(), amount, BigDecimal::add));
            }
            var claims = new LinkedHashMap<String, BigDecimal>();
            for (var victim : paid.keySet()) {
                var t = traced.get(victim);
                if (t != null && t.signum() > 0) {
                    var open = paid.get(victim).subtract(awardedSoFar.getOrDefault(victim, BigDecimal.ZERO));
                    claims.put(victim, t.min(open).max(BigDecimal.ZERO));
                }
            }
            var claimSum = sum(claims.values());
            Map<String, BigDecimal> awards;
            String arithmetic;
            boolean proRata = claimSum.compareTo(d.available()) > 0;
            if (proRata) {
                awards = ProRata.split(d.available(), claims, TransferHistoryReader.SCALE);
                arithmetic = "claims " + Figures.amount(claimSum) + " exceed " + Figures.amount(d.available())
                        + ": pro rata, each claim × " + ProRata.ratio(d.available(), claimSum);
            } else {
                awards = claims;
                arithmetic = "claims " + Figures.amount(claimSum) + " within " + Figures.amount(d.available())
                        + ": every claim met in full";
            }
            var awardSum = sum(awards.values());
            allocations.add(new RestitutionSchedule.EndpointAllocation(
                    d.key(),
                    d.available(),
                    d.basis(),
                    claimSum,
                    awardSum,
                    d.available().subtract(awardSum),
                    arithmetic,
                    d.endpoint() == null ? List.of() : d.endpoint().freezable()));
            for (var victim : claims.keySet()) {
                var award = awards.get(victim);
                awardedSoFar.merge(victim, award, BigDecimal::add);
                claimsTotal.merge(victim, claims.get(victim), BigDecimal::add);
                lines.add(new RestitutionSchedule.Line(
                        victim,
                        names.get(victim),
                        d.key(),
                        paid.get(victim),
                        traced.get(victim),
                        claims.get(victim),
                        award,
                        proRata
                                ? Figures.amount(d.available()) + " × " + ProRata.ratio(claims.get(victim), claimSum)
                                        + " = " + Figures.amount(award)
                                : "claim met in full"));
            }
        }
        var totals = new ArrayList<RestitutionSchedule.VictimTotal>();
        var zero = BigDecimal.ZERO.setScale(TransferHistoryReader.SCALE);
        paid.forEach((victim, amount) -> totals.add(new RestitutionSchedule.VictimTotal(
                victim,
                names.get(victim),
                transfers.get(victim),
                amount,
                claimsTotal.getOrDefault(victim, zero),
                awardedSoFar.getOrDefault(victim, zero))));
        var traceResult = new TraceResult(
                String.join(", ", seeds.keySet().stream().sorted().toList()),
                TraceRequest.Direction.FORWARD,
                rule,
                maxHops,
                untilText,
                "USD",
                outcome.replay().hops(),
                endpoints,
                outcome.pools().describe(),
                assumptions);
        return new RestitutionSchedule(
                rule, "USD", !recovered.isEmpty(), allocations, lines, totals, traceResult, assumptions);
    }

    private record Distribution(
            String key,
            BigDecimal available,
            String basis,
            @Nullable TracedEndpoint endpoint) {}

    private static BigDecimal sum(java.util.Collection<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO.setScale(TransferHistoryReader.SCALE), BigDecimal::add);
    }
}
