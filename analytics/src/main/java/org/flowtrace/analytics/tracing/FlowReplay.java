package org.flowtrace.analytics.tracing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Replays transfers in time order (then by id) through one ledger per open pool, with one allocation
 * rule. Money from outside the open pools is {@link Source#CLEAN} unless the transfer is a traced
 * source; money leaving an open pool is made of the portions its ledger's rule gives; a fee takes its
 * share of every portion in proportion. Where a pool's recorded outflows exceed its recorded inflows,
 * an opening balance of the least amount that explains them is credited first, as {@link
 * Source#OPENING} (stated in the result, never a silent zero). The result holds every hop of traced
 * value, what rests in each open pool, and what arrived at each pool the trace does not open.
 */
final class FlowReplay {

    /** Everything a replay found. */
    record Result(
            List<Hop> hops,
            Map<String, Map<Source, BigDecimal>> resting,
            Map<String, Map<Source, BigDecimal>> arrived,
            Map<String, BigDecimal> balances,
            Map<String, BigDecimal> openingAssumed,
            Map<Source, BigDecimal> fees,
            Map<String, List<Portion>> captured,
            List<String> notes) {}

    private final TaintAllocator allocator;
    private final int scale;

    FlowReplay(TaintAllocator allocator, int scale) {
        this.allocator = allocator;
        this.scale = scale;
    }

    Result run(List<Flow> history, ReplayScope scope) {
        var flows = new ArrayList<Flow>();
        var notes = new ArrayList<String>();
        for (var flow : history) {
            var from = scope.pool(flow.from());
            var to = scope.pool(flow.to());
            if (from.equals(to)) {
                continue; // between two linked endpoints of one pool: the pool's money does not change
            }
            if (scope.frozen(from, flow.at()) || scope.frozen(to, flow.at())) {
                notes.add("transfer " + flow.transferId() + " after a freeze is not replayed");
                continue;
            }
            flows.add(flow);
        }
        flows.sort(Flow.IN_TIME_ORDER);

        var ledgers = new LinkedHashMap<String, AccountLedger>();
        var opening = openingBalances(flows, scope);
        for (var pool : new TreeMap<>(opening).keySet()) {
            var amount = opening.get(pool);
            var first = flows.stream()
                    .filter(f -> scope.pool(f.from()).equals(pool)
                            || scope.pool(f.to()).equals(pool))
                    .findFirst()
                    .orElseThrow();
            ledger(ledgers, pool)
                    .credit("opening", first.at(), amount, List.of(new Portion(Source.OPENING, amount, "assumed")));
        }

        var hops = new ArrayList<Hop>();
        var arrived = new LinkedHashMap<String, Map<Source, BigDecimal>>();
        var fees = new LinkedHashMap<Source, BigDecimal>();
        var captured = new HashMap<String, List<Portion>>();
        for (var flow : flows) {
            var from = scope.pool(flow.from());
            var to = scope.pool(flow.to());
            var seed = scope.seeds().get(flow.transferId());
            List<Portion> portions;
            if (scope.open().contains(from)) {
                portions = ledger(ledgers, from).debit(flow.transferId(), flow.at(), flow.value());
            } else {
                portions = List.of(new Portion(Source.CLEAN, flow.value(), "from outside the trace: not traced"));
            }
            if (scope.captured().contains(flow.transferId())) {
                captured.put(flow.transferId(), portions);
            }
            if (seed != null) {
                portions = List.of(new Portion(seed, flow.value(), "traced source: the whole transfer"));
            }
            var feeShares = feeShares(flow, portions);
            var received = new ArrayList<Portion>();
            int depth = seed != null
                    ? scope.depths().getOrDefault(to, 1)
                    : scope.depths().getOrDefault(from, 0) + 1;
            for (int i = 0; i < portions.size(); i++) {
                var portion = portions.get(i);
                var fee = feeShares.get(i);
                received.add(new Portion(portion.source(), portion.amount().subtract(fee), portion.step()));
                if (portion.source().isTraced() && portion.amount().signum() > 0) {
                    hops.add(new Hop(
                            depth,
                            flow.transferId(),
                            flow.from(),
                            flow.to(),
                            flow.at(),
                            flow.amount(),
                            flow.value(),
                            flow.valuation(),
                            portion.source(),
                            portion.amount(),
                            fee,
                            portion.step()));
                    if (fee.signum() > 0) {
                        fees.merge(portion.source(), fee, BigDecimal::add);
                    }
                }
            }
            if (scope.open().contains(to)) {
                ledger(ledgers, to).credit(flow.transferId(), flow.at(), flow.received(), received);
            } else {
                for (var portion : received) {
                    if (portion.source().isTraced() && portion.amount().signum() > 0) {
                        arrived.computeIfAbsent(to, k -> new LinkedHashMap<>())
                                .merge(portion.source(), portion.amount(), BigDecimal::add);
                    }
                }
            }
        }
        var resting = new LinkedHashMap<String, Map<Source, BigDecimal>>();
        var balances = new LinkedHashMap<String, BigDecimal>();
        ledgers.forEach((pool, ledger) -> {
            resting.put(pool, ledger.holdings());
            balances.put(pool, ledger.balance());
        });
        return new Result(hops, resting, arrived, balances, opening, fees, captured, notes);
    }

    private AccountLedger ledger(Map<String, AccountLedger> ledgers, String pool) {
        return ledgers.computeIfAbsent(pool, p -> allocator.open(scale));
    }

    /** The fee's share of each portion: pro rata to the cent for additive rules; the whole fee for poison's overlapping portions. */
    private List<BigDecimal> feeShares(Flow flow, List<Portion> portions) {
        var zero = BigDecimal.ZERO.setScale(scale);
        if (flow.fee().signum() == 0) {
            return portions.stream().map(p -> zero).toList();
        }
        if (!allocator.additive()
                && portions.size() > 0
                && portions.get(0).source().isTraced()) {
            return portions.stream().map(p -> flow.fee()).toList();
        }
        var weights = new LinkedHashMap<Integer, BigDecimal>();
        for (int i = 0; i < portions.size(); i++) {
            weights.put(i, portions.get(i).amount());
        }
        var shares = ProRata.split(flow.fee(), weights, scale);
        var list = new ArrayList<BigDecimal>();
        for (int i = 0; i < portions.size(); i++) {
            list.add(shares.get(i));
        }
        return list;
    }

    /** For each open pool whose balance would go below zero, the least opening balance that prevents it. */
    private Map<String, BigDecimal> openingBalances(List<Flow> flows, ReplayScope scope) {
        var running = new HashMap<String, BigDecimal>();
        var lowest = new HashMap<String, BigDecimal>();
        for (var flow : flows) {
            var from = scope.pool(flow.from());
            var to = scope.pool(flow.to());
            if (scope.open().contains(from)) {
                var after = running.getOrDefault(from, BigDecimal.ZERO).subtract(flow.value());
                running.put(from, after);
                lowest.merge(from, after, BigDecimal::min);
            }
            if (scope.open().contains(to)) {
                running.merge(to, flow.received(), BigDecimal::add);
            }
        }
        var opening = new HashMap<String, BigDecimal>();
        lowest.forEach((pool, low) -> {
            if (low.signum() < 0) {
                opening.put(pool, low.negate().setScale(scale));
            }
        });
        return opening;
    }
}
