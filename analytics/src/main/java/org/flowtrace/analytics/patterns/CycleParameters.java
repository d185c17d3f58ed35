package org.flowtrace.analytics.patterns;

import java.time.Duration;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Parameters of time-respecting cycles.
 *
 * @param minHops transfers in the cycle, at least (2: money sent and sent back)
 * @param maxHops transfers in the cycle, at most
 * @param maxSpan from the first hop to the last, at most
 * @param minShare each hop as a share of the one before it, at least (a fee of up to {@code 1 - minShare})
 * @param maxShare each hop as a share of the one before it, at most
 * @param minAmountUsd the first hop, at least
 * @param minAmountZ how unusual the first hop must be for its sender ({@link AmountBaseline}; two
 *     businesses that pay each other large sums every week are not round-tripping)
 */
public record CycleParameters(
        int minHops,
        int maxHops,
        Duration maxSpan,
        double minShare,
        double maxShare,
        double minAmountUsd,
        double minAmountZ) {

    public static final CycleParameters DEFAULTS =
            new CycleParameters(2, 12, Duration.ofDays(7), 0.95, 1.0, 3_000, 2.0);

    public CycleParameters {
        if (minHops < 2 || maxHops < minHops || minShare <= 0 || maxShare < minShare) {
            throw new IllegalArgumentException("need 2 ≤ minHops ≤ maxHops and 0 < minShare ≤ maxShare");
        }
    }

    SortedMap<String, String> asMap() {
        return new TreeMap<>(Map.of(
                "minHops", Integer.toString(minHops),
                "maxHops", Integer.toString(maxHops),
                "maxSpan", maxSpan.toString(),
                "minShare", Double.toString(minShare),
                "maxShare", Double.toString(maxShare),
                "minAmountUsd", Double.toString(minAmountUsd),
                "minAmountZ", Double.toString(minAmountZ)));
    }
}
