package org.flowtrace.analytics.tracing;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * What a replay covers: which pool each endpoint belongs to (endpoints joined by an explicit link form
 * one pool; an endpoint without links is its own pool), which pools are open (their transfers are
 * replayed through a ledger), how many hops from the start each pool is, which transfers are traced
 * sources, and when pools were frozen (nothing moves into or out of a frozen pool after that).
 */
record ReplayScope(
        Map<String, String> pools,
        Set<String> open,
        Map<String, Integer> depths,
        Map<String, Source> seeds,
        Map<String, Instant> frozenAt,
        Set<String> captured) {

    ReplayScope {
        pools = Map.copyOf(pools);
        open = Set.copyOf(open);
        depths = Map.copyOf(depths);
        seeds = Map.copyOf(seeds);
        frozenAt = Map.copyOf(frozenAt);
        captured = Set.copyOf(captured);
    }

    String pool(String endpoint) {
        return pools.getOrDefault(endpoint, endpoint);
    }

    boolean frozen(String pool, Instant at) {
        var frozen = frozenAt.get(pool);
        return frozen != null && at.isAfter(frozen);
    }
}
