package org.flowtrace.analytics.tracing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flowtrace.graph.connection.GraphConnection;

/**
 * Traces value through the graph from a transfer, account or wallet, forward or backward, by one
 * allocation rule (see {@link ForwardTrace} and {@link BackwardTrace}), and states what the result
 * assumes. Across rails it follows only explicit links: {@code SAME_AS} relationships an analyst
 * confirmed ({@code status: 'CONFIRMED'}) and a party that holds an account and controls a wallet.
 */
public final class Tracer {

    static final String VALUATION = "Values in USD: every transfer at its stored exact USD value (USD transfers at"
            + " their amount; other assets at the stored rate of the stored day, shown on each hop), to the cent."
            + " Where a rule divides an amount, every part is rounded down to the cent and the cents left over go"
            + " to the largest remainders, so the parts always add up to the whole.";

    static final String OPENING = "Opening balances are not in evidence: where an account's recorded outflows exceed"
            + " its recorded inflows, an opening balance of the least amount that explains them is assumed,"
            + " credited before its first transfer and never traced (0.00 where inflows always cover outflows).";

    static final String LINKS = "Across rails only explicit links are followed: SAME_AS relationships confirmed by an"
            + " analyst (status CONFIRMED) and one party that holds an account and controls a wallet; linked"
            + " accounts and wallets are one pool of money.";

    static final String EXCHANGES = "Exchanges (wallets whose attribution tag says exchange, i.e. custodial) are"
            + " endpoints: value reaching them is not followed through the exchange's own wallets.";

    private final GraphConnection graph;

    public Tracer(GraphConnection graph) {
        this.graph = graph;
    }

    public TraceResult trace(TraceRequest request) {
        var reader = new TransferHistoryReader(graph);
        var rule = request.method();
        var horizon = request.horizon();
        var until = request.until() == null
                ? "the end of the evidence"
                : request.until().toString();
        var transfer = reader.transfer(request.from());
        if (transfer.isEmpty() && reader.endpoints(List.of(request.from())).isEmpty()) {
            throw new IllegalArgumentException("no transfer, account or wallet '" + request.from()
                    + "' in the graph (accounts are BIC:number," + " wallets CHAIN:address)");
        }
        var assumptions = new ArrayList<String>(List.of(rule.definition(), VALUATION, OPENING, LINKS, EXCHANGES));
        if (request.direction() == TraceRequest.Direction.FORWARD) {
            var trace = new ForwardTrace(reader, rule, request.maxHops(), horizon);
            ForwardTrace.Outcome outcome;
            if (transfer.isPresent()) {
                var flow = transfer.get();
                var source = Source.traced(flow.transferId(), flow.transferId());
                outcome = trace.run(List.of(flow), Map.of(flow.transferId(), source), Map.of(flow.to(), 1), Map.of());
            } else {
                var key = request.from();
                var source = Source.traced(key, "money that entered " + key);
                var inflows = reader.histories(List.of(key), horizon).stream()
                        .filter(f -> f.to().equals(key) && !f.from().equals(key))
                        .toList();
                var seeds = new java.util.HashMap<String, Source>();
                inflows.forEach(f -> seeds.put(f.transferId(), source));
                outcome = trace.run(inflows, seeds, Map.of(key, 0), Map.of());
            }
            assumptions.addAll(openingNotes(outcome.replay().openingAssumed()));
            assumptions.addAll(reader.notes());
            assumptions.addAll(outcome.replay().notes());
            return result(
                    request,
                    until,
                    outcome.replay().hops(),
                    trace.endpoints(outcome, until),
                    outcome.pools().describe(),
                    assumptions);
        }
        var trace = new BackwardTrace(reader, rule, request.maxHops(), horizon);
        var start = transfer.orElse(null);
        var source = Source.traced(request.from(), start == null ? "balance of " + request.from() : request.from());
        var outcome = trace.run(request.from(), start, source);
        assumptions.add("Backward: at each account every inflow is its own source; the traced part of a transfer is"
                + " taken from its sources in proportion to what the rule attributed to each.");
        assumptions.addAll(openingNotes(outcome.opening()));
        assumptions.addAll(reader.notes());
        return result(request, until, outcome.hops(), outcome.origins(), outcome.links(), assumptions);
    }

    private static TraceResult result(
            TraceRequest request,
            String until,
            List<Hop> hops,
            List<TracedEndpoint> endpoints,
            List<String> links,
            List<String> assumptions) {
        return new TraceResult(
                request.from(),
                request.direction(),
                request.method(),
                request.maxHops(),
                until,
                "USD",
                hops,
                endpoints,
                links,
                assumptions);
    }

    static List<String> openingNotes(Map<String, BigDecimal> opening) {
        return new java.util.TreeMap<>(opening)
                .entrySet().stream()
                        .map(e -> e.getKey() + ": recorded outflows exceed recorded inflows; an opening balance of "
                                + Figures.amount(e.getValue()) + " USD is assumed (not traced)")
                        .toList();
    }
}
