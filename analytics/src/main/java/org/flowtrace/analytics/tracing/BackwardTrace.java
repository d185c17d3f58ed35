package org.flowtrace.analytics.tracing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Follows value backward: which inflows of an account, under the rule, paid for a given outflow (or
 * make up its balance), then which inflows of the senders paid for those, and so on up to the hop
 * limit. At each account every inflow is its own source and the account's history is replayed in time
 * order up to the last outflow asked about; the traced part of an outflow is then divided over its
 * sources in proportion to what the rule attributed to each (within one transfer, traced value is taken
 * proportionally — a stated assumption). Where the history cannot pay for an outflow, the part paid by
 * the assumed opening balance is an origin: funds the evidence does not show.
 */
final class BackwardTrace {

    /** The balance of the start account, as a target instead of a transfer. */
    static final String BALANCE = "(balance)";

    private record Target(String pool, String transferId) {}

    private final TransferHistoryReader reader;
    private final TaintAllocator rule;
    private final int maxHops;
    private final Instant horizon;

    BackwardTrace(TransferHistoryReader reader, TaintAllocator rule, int maxHops, Instant horizon) {
        this.reader = reader;
        this.rule = rule;
        this.maxHops = maxHops;
        this.horizon = horizon;
    }

    /** Hops and origins of the value of {@code start} (a flow out of its sender, or {@code null} for an account's balance). */
    record Outcome(List<Hop> hops, List<TracedEndpoint> origins, List<String> links, Map<String, BigDecimal> opening) {}

    Outcome run(String startKey, @org.jspecify.annotations.Nullable Flow start, Source traced) {
        var pools = new Pools();
        var infos = new HashMap<String, EndpointInfo>();
        var flows = new LinkedHashMap<String, Flow>();
        var byEndpoint = new HashMap<String, List<Flow>>();
        var loaded = new HashMap<String, Instant>(); // how far each account's history has been read
        var hops = new ArrayList<Hop>();
        var origins = new TreeMap<String, Map<String, BigDecimal>>();
        var opening = new TreeMap<String, BigDecimal>();
        Map<Target, BigDecimal> targets = new LinkedHashMap<>();
        if (start != null) {
            flows.put(start.transferId(), start);
            byEndpoint.computeIfAbsent(start.from(), k -> new ArrayList<>()).add(start);
            byEndpoint.computeIfAbsent(start.to(), k -> new ArrayList<>()).add(start);
            hops.add(new Hop(
                    0,
                    start.transferId(),
                    start.from(),
                    start.to(),
                    start.at(),
                    start.amount(),
                    start.value(),
                    start.valuation(),
                    traced,
                    start.value(),
                    BigDecimal.ZERO.setScale(2),
                    "the transfer traced back"));
            targets.put(new Target(start.from(), start.transferId()), start.value());
        } else {
            targets.put(new Target(startKey, BALANCE), null);
        }
        for (int level = 1; level <= maxHops && !targets.isEmpty(); level++) {
            var keys = new HashSet<String>();
            targets.keySet().forEach(t -> keys.add(t.pool()));
            pools.discover(reader, keys, infos);
            var assignment = pools.assignment();
            var next = new LinkedHashMap<Target, BigDecimal>();
            var byPool = new LinkedHashMap<String, Map<String, BigDecimal>>();
            for (var entry : targets.entrySet()) {
                var pool = assignment.getOrDefault(
                        entry.getKey().pool(), entry.getKey().pool());
                if (level > 1 && pools.isExchange(pool, infos)) {
                    origins.computeIfAbsent(pool, k -> new LinkedHashMap<>())
                            .merge("exchange: not followed through its own wallets", entry.getValue(), BigDecimal::add);
                    continue;
                }
                byPool.computeIfAbsent(pool, k -> new LinkedHashMap<>())
                        .merge(
                                entry.getKey().transferId(),
                                entry.getValue() == null ? BigDecimal.ONE.negate() : entry.getValue(),
                                (a, b) -> a.add(b));
            }
            // each account's history up to the last transfer asked about there (its balance: the horizon)
            var toLoad = new LinkedHashMap<String, Instant>();
            for (var poolTargets : byPool.entrySet()) {
                var last = latest(poolTargets.getValue().keySet(), flows);
                var members = new ArrayList<>(pools.members(poolTargets.getKey()));
                members.add(poolTargets.getKey());
                for (var member : members) {
                    var before = loaded.get(member);
                    if (before == null || before.isBefore(last)) {
                        loaded.put(member, last);
                        toLoad.put(member, last);
                    }
                }
            }
            for (var flow : reader.histories(toLoad)) {
                if (flows.putIfAbsent(flow.transferId(), flow) == null) {
                    byEndpoint
                            .computeIfAbsent(flow.from(), k -> new ArrayList<>())
                            .add(flow);
                    byEndpoint
                            .computeIfAbsent(flow.to(), k -> new ArrayList<>())
                            .add(flow);
                }
            }
            for (var poolTargets : byPool.entrySet()) {
                var pool = poolTargets.getKey();
                var own = new LinkedHashMap<String, Flow>();
                for (var member : pools.members(pool)) {
                    byEndpoint.getOrDefault(member, List.of()).forEach(f -> own.put(f.transferId(), f));
                }
                var decomposition = decompose(pool, poolTargets.getValue().keySet(), assignment, own, flows);
                for (var target : poolTargets.getValue().entrySet()) {
                    var portions = decomposition.get(target.getKey());
                    var whole = portions.stream().map(Portion::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
                    var amount = target.getValue().signum() < 0 ? whole : target.getValue();
                    for (var part : share(amount, portions, flows).entrySet()) {
                        var portion = part.getKey();
                        var y = part.getValue();
                        if (y.signum() == 0) {
                            continue;
                        }
                        if (!portion.source().isTraced()) {
                            opening.merge(pool, y, BigDecimal::add);
                            origins.computeIfAbsent(pool, k -> new LinkedHashMap<>())
                                    .merge("assumed opening balance: funds before the evidence", y, BigDecimal::add);
                            continue;
                        }
                        var inflow = flows.get(portion.source().id());
                        hops.add(new Hop(
                                level,
                                inflow.transferId(),
                                inflow.from(),
                                inflow.to(),
                                inflow.at(),
                                inflow.amount(),
                                inflow.value(),
                                inflow.valuation(),
                                traced,
                                y,
                                BigDecimal.ZERO.setScale(2),
                                portion.step()));
                        var sender = new Target(inflow.from(), inflow.transferId());
                        if (level == maxHops) {
                            origins.computeIfAbsent(
                                            assignment.getOrDefault(inflow.from(), inflow.from()),
                                            k -> new LinkedHashMap<>())
                                    .merge("hop limit (" + maxHops + ") reached", y, BigDecimal::add);
                        } else {
                            next.merge(sender, y, BigDecimal::add);
                        }
                    }
                }
            }
            targets = next;
        }
        var endpoints = new ArrayList<TracedEndpoint>();
        origins.forEach((pool, reasons) -> reasons.forEach((why, value) -> endpoints.add(new TracedEndpoint(
                pool,
                pools.members(pool).isEmpty() ? List.of(pool) : pools.members(pool),
                why,
                false,
                value,
                Map.of(traced, value),
                List.of()))));
        return new Outcome(hops, endpoints, pools.describe(), opening);
    }

    /** Each target's portions by inflow, from one replay of the pool with every inflow its own source. */
    private Map<String, List<Portion>> decompose(
            String pool,
            Set<String> targetIds,
            Map<String, String> assignment,
            Map<String, Flow> history,
            Map<String, Flow> all) {
        var own = new ArrayList<Flow>();
        var seeds = new HashMap<String, Source>();
        var last = latest(targetIds, all);
        for (var flow : history.values()) {
            var from = assignment.getOrDefault(flow.from(), flow.from());
            var to = assignment.getOrDefault(flow.to(), flow.to());
            if ((from.equals(pool) || to.equals(pool)) && !flow.at().isAfter(last)) {
                own.add(flow);
                if (to.equals(pool) && !from.equals(pool)) {
                    seeds.put(flow.transferId(), Source.traced(flow.transferId(), flow.from()));
                }
            }
        }
        var scope = new ReplayScope(assignment, Set.of(pool), Map.of(pool, 0), seeds, Map.of(), targetIds);
        var replay = new FlowReplay(rule, TransferHistoryReader.SCALE).run(own, scope);
        var result = new HashMap<String, List<Portion>>(replay.captured());
        if (targetIds.contains(BALANCE)) {
            var portions = new ArrayList<Portion>();
            replay.resting()
                    .getOrDefault(pool, Map.of())
                    .forEach((source, amount) -> portions.add(
                            new Portion(source, amount, rule.name() + ": held in the balance at the end")));
            result.put(BALANCE, portions);
        }
        targetIds.forEach(id -> result.putIfAbsent(id, List.of()));
        return result;
    }

    /** The time of the latest target transfer, or the horizon when the balance is asked about. */
    private Instant latest(Set<String> targetIds, Map<String, Flow> flows) {
        var last = Instant.MIN;
        for (var id : targetIds) {
            var at = id.equals(BALANCE) ? horizon : flows.get(id).at();
            last = at.isAfter(last) ? at : last;
        }
        return last;
    }

    /** {@code amount} over the portions: pro rata to the cent for additive rules; poison gives each the whole, capped at its inflow. */
    private Map<Portion, BigDecimal> share(BigDecimal amount, List<Portion> portions, Map<String, Flow> flows) {
        var shares = new LinkedHashMap<Portion, BigDecimal>();
        if (portions.isEmpty()) {
            return shares;
        }
        if (!rule.additive()) {
            for (var portion : portions) {
                var inflow =
                        portion.source().isTraced() ? flows.get(portion.source().id()) : null;
                shares.put(portion, inflow == null ? amount : amount.min(inflow.value()));
            }
            return shares;
        }
        var weights = new LinkedHashMap<Portion, BigDecimal>();
        portions.forEach(p -> weights.merge(p, p.amount(), BigDecimal::add));
        return ProRata.split(amount, weights, TransferHistoryReader.SCALE);
    }
}
