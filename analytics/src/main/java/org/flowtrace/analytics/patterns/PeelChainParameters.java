package org.flowtrace.analytics.patterns;

import java.time.Duration;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Parameters of peel chains.
 *
 * @param minPeels hops that peel something off, at least
 * @param hopWithin how soon after money arrives at a hop it is sent on (and peeled)
 * @param maxPeelShare what one hop peels off, at most, as a share of what it received
 * @param tolerance how far the forward and the peels together may fall short of or exceed what the hop
 *     received, as a share of it (network fees, rounding)
 * @param minAmountUsd the chain's first transfer, at least
 */
public record PeelChainParameters(
        int minPeels, Duration hopWithin, double maxPeelShare, double tolerance, double minAmountUsd) {

    public static final PeelChainParameters DEFAULTS =
            new PeelChainParameters(3, Duration.ofHours(24), 0.30, 0.01, 1_000);

    /** A hop's scan stops after this many outgoing transfers: peel-chain hops are short-lived addresses. */
    static final int MAX_HOP_OUTFLOWS = 20;

    public PeelChainParameters {
        if (minPeels < 1 || maxPeelShare <= 0 || maxPeelShare >= 1 || tolerance < 0) {
            throw new IllegalArgumentException("need minPeels ≥ 1, 0 < maxPeelShare < 1 and tolerance ≥ 0");
        }
    }

    SortedMap<String, String> asMap() {
        return new TreeMap<>(Map.of(
                "minPeels", Integer.toString(minPeels),
                "hopWithin", hopWithin.toString(),
                "maxPeelShare", Double.toString(maxPeelShare),
                "tolerance", Double.toString(tolerance),
                "minAmountUsd", Double.toString(minAmountUsd)));
    }
}
