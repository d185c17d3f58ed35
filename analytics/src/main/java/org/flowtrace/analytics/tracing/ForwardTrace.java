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
 * Follows traced value forward. Level by level: the endpoints the value reached (and those explicitly
 * linked to them) are read with their complete history up to the horizon, every transfer of the open
 * pools is replayed in time order under the rule, and the receivers of traced value become the next
 * level — until nothing new is reached or the hop limit. Replaying everything again at each level keeps
 * the result exact when value comes back to an account already visited. Exchanges (custodial wallets)
 * and pools at the hop limit are endpoints: what reaches them is counted, not followed.
 */
final class ForwardTrace {

    /** The replay and what is known about the pools it covered. */
    record Outcome(
            FlowReplay.Result replay,
            Pools pools,
            Map<String, Integer> poolDepths,
            Set<String> open,
            Map<String, EndpointInfo> infos,
            List<Flow> flows) {}

    private final TransferHistoryReader reader;
    private final TaintAllocator rule;
    private final int maxHops;
    private final Instant horizon;

    ForwardTrace(TransferHistoryReader reader, TaintAllocator rule, int maxHops, Instant horizon) {
        this.reader = reader;
        this.rule = rule;
        this.maxHops = maxHops;
        this.horizon = horizon;
    }

    /**
     * Traces {@code seeds} (transfer id to source; each seed transfer must be among {@code seedFlows})
     * from {@code startDepths} (endpoint key to its depth), with these endpoints frozen at these times.
     */
    Outcome run(
            List<Flow> seedFlows,
            Map<String, Source> seeds,
            Map<String, Integer> startDepths,
            Map<String, Instant> frozen) {
        var depths = new HashMap<String, Integer>(startDepths);
        var infos = new HashMap<String, EndpointInfo>();
        var pools = new Pools();
        var loaded = new HashSet<String>();
        var flows = new LinkedHashMap<String, Flow>();
        seedFlows.forEach(f -> flows.put(f.transferId(), f));
        Set<String> frontier = new HashSet<>(startDepths.keySet());
        while (true) {
            pools.discover(reader, frontier, infos)
                    .forEach((linked, via) -> depths.putIfAbsent(linked, depths.get(via)));
            var assignment = pools.assignment();
            var poolDepths = new HashMap<String, Integer>();
            depths.forEach((key, depth) -> poolDepths.merge(assignment.getOrDefault(key, key), depth, Math::min));
            var open = new HashSet<String>();
            poolDepths.forEach((pool, depth) -> {
                if (depth < maxHops && !pools.isExchange(pool, infos)) {
                    open.add(pool);
                }
            });
            var toLoad = new ArrayList<String>();
            assignment.forEach((key, pool) -> {
                if (open.contains(pool) && loaded.add(key)) {
                    toLoad.add(key);
                }
            });
            reader.histories(toLoad, horizon).forEach(f -> flows.putIfAbsent(f.transferId(), f));
            var frozenPools = new HashMap<String, Instant>();
            frozen.forEach((key, at) -> frozenPools.put(assignment.getOrDefault(key, key), at));
            var scope = new ReplayScope(assignment, open, poolDepths, seeds, frozenPools, Set.of());
            var replay = new FlowReplay(rule, TransferHistoryReader.SCALE).run(List.copyOf(flows.values()), scope);
            var next = new HashSet<String>();
            for (var hop : replay.hops()) {
                if (!depths.containsKey(hop.to())) {
                    depths.put(hop.to(), hop.depth());
                    next.add(hop.to());
                }
            }
            if (next.isEmpty()) {
                return new Outcome(replay, pools, poolDepths, open, infos, List.copyOf(flows.values()));
            }
            frontier = next;
        }
    }

    /** The endpoints of an outcome: balances of open pools holding traced value, and what reached closed ones. */
    List<TracedEndpoint> endpoints(Outcome found, String balanceAt) {
        var endpoints = new ArrayList<TracedEndpoint>();
        var endpointKeys = new HashSet<String>();
        found.replay()
                .resting()
                .keySet()
                .forEach(pool -> endpointKeys.addAll(found.pools().members(pool)));
        found.replay()
                .arrived()
                .keySet()
                .forEach(pool -> endpointKeys.addAll(found.pools().members(pool)));
        var infos = new HashMap<String, EndpointInfo>(found.infos());
        infos.putAll(reader.details(endpointKeys));
        var outcome =
                new Outcome(found.replay(), found.pools(), found.poolDepths(), found.open(), infos, found.flows());
        var replay = outcome.replay();
        new TreeMap<>(replay.resting()).forEach((pool, held) -> {
            var traced = tracedOnly(held);
            if (!traced.isEmpty()) {
                endpoints.add(new TracedEndpoint(
                        pool,
                        outcome.pools().members(pool),
                        "balance at " + balanceAt,
                        true,
                        replay.balances().get(pool),
                        traced,
                        freezable(outcome, pool)));
            }
        });
        var fees = new HashMap<String, BigDecimal>();
        outcome.flows().forEach(f -> fees.put(f.transferId(), f.fee()));
        var reached = new HashMap<String, BigDecimal>();
        var counted = new HashSet<String>();
        var assignment = outcome.pools().assignment();
        for (var hop : replay.hops()) {
            var pool = assignment.getOrDefault(hop.to(), hop.to());
            if (replay.arrived().containsKey(pool) && counted.add(hop.transferId())) {
                reached.merge(pool, hop.value().subtract(fees.get(hop.transferId())), BigDecimal::add);
            }
        }
        new TreeMap<>(replay.arrived()).forEach((pool, traced) -> {
            var members = outcome.pools().members(pool);
            boolean exchange = outcome.pools().isExchange(pool, outcome.infos());
            int depth = outcome.poolDepths().getOrDefault(pool, maxHops);
            String why = exchange
                    ? "exchange: not followed through its own wallets"
                    : depth >= maxHops ? "hop limit (" + maxHops + ") reached" : "not followed";
            endpoints.add(new TracedEndpoint(
                    pool,
                    members.isEmpty() ? List.of(pool) : members,
                    why,
                    false,
                    reached.getOrDefault(pool, BigDecimal.ZERO),
                    traced,
                    freezable(outcome, pool)));
        });
        return endpoints;
    }

    private static Map<Source, BigDecimal> tracedOnly(Map<Source, BigDecimal> held) {
        var traced = new LinkedHashMap<Source, BigDecimal>();
        held.forEach((source, amount) -> {
            if (source.isTraced() && amount.signum() > 0) {
                traced.put(source, amount);
            }
        });
        return traced;
    }

    private static List<String> freezable(Outcome outcome, String pool) {
        var assignment = outcome.pools().assignment();
        var reasons = new ArrayList<String>();
        var members = outcome.pools().members(pool);
        for (var member : members.isEmpty() ? List.of(pool) : members) {
            var info = outcome.infos().getOrDefault(member, EndpointInfo.bare(member, false));
            var assets = outcome.flows().stream()
                    .filter(f -> f.to().equals(member)
                            && assignment.getOrDefault(f.to(), f.to()).equals(pool))
                    .map(f -> f.amount().asset().code())
                    .toList();
            info.freezable(assets).forEach(r -> reasons.add(members.size() > 1 ? member + ": " + r : r));
        }
        return reasons;
    }
}
