package org.flowtrace.analytics.patterns;

import java.time.Duration;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Parameters of fan-in and fan-out.
 *
 * @param minCounterparties distinct counterparties within the window, at least
 * @param window the longest time from the first to the last transfer of a fan
 * @param minTotalUsd the fan's total, at least
 * @param maxSpread how far the largest amount of a fan may exceed its smallest, as a fraction
 *     (laundered sums are split evenly; shopping and ordinary payments vary far more)
 */
public record FanParameters(int minCounterparties, Duration window, double minTotalUsd, double maxSpread) {

    public static final FanParameters DEFAULTS = new FanParameters(5, Duration.ofHours(72), 10_000, 0.12);

    public FanParameters {
        if (minCounterparties < 2) {
            throw new IllegalArgumentException("minCounterparties must be at least 2: " + minCounterparties);
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive: " + window);
        }
    }

    SortedMap<String, String> asMap() {
        return new TreeMap<>(Map.of(
                "minCounterparties", Integer.toString(minCounterparties),
                "window", window.toString(),
                "minTotalUsd", Double.toString(minTotalUsd),
                "maxSpread", Double.toString(maxSpread)));
    }
}
