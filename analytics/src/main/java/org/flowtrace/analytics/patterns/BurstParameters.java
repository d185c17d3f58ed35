package org.flowtrace.analytics.patterns;

import java.time.Duration;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Parameters of a burst of activity.
 *
 * @param minTransfers transfers on one side within the window, at least
 * @param window how long the burst lasts, at most
 * @param minRatio the burst's transfers over the account's usual number in a window of that length, at
 *     least
 * @param baseline how far back the usual number is counted from (the account's transfers on that side
 *     in this time before the burst, scaled to the window; at least one per window is assumed)
 * @param minHistory how much time before the burst the graph must hold to tell a burst from an account
 *     that is always busy, at least (a burst earlier in the data is not judged)
 * @param minTotalUsd the burst's total, at least
 * @param moveWithin how soon the money moves on: after an incoming burst, the account's payments until
 *     this long after the burst's last transfer; before an outgoing burst, what it received from this long
 *     before the burst's first transfer
 * @param minMoved what moved on as a share of what came in, at least (money passing through)
 * @param maxMoved what moved on as a share of what came in, at most (more means the account's own money
 *     moved too: a business, not a conduit)
 */
public record BurstParameters(
        int minTransfers,
        Duration window,
        double minRatio,
        Duration baseline,
        Duration minHistory,
        double minTotalUsd,
        Duration moveWithin,
        double minMoved,
        double maxMoved) {

    public static final BurstParameters DEFAULTS = new BurstParameters(
            10,
            Duration.ofHours(24),
            5,
            Duration.ofDays(30),
            Duration.ofDays(2),
            10_000,
            Duration.ofHours(72),
            0.8,
            1.05);

    public BurstParameters {
        if (minTransfers < 2 || minRatio <= 0 || minMoved <= 0 || maxMoved < minMoved) {
            throw new IllegalArgumentException("need minTransfers ≥ 2, minRatio > 0 and 0 < minMoved ≤ maxMoved");
        }
        if (window.isNegative() || window.isZero() || baseline.compareTo(window) < 0 || minHistory.isNegative()) {
            throw new IllegalArgumentException(
                    "need a positive window, a baseline at least as long, a minimum history");
        }
    }

    SortedMap<String, String> asMap() {
        return new TreeMap<>(Map.of(
                "minTransfers", Integer.toString(minTransfers),
                "window", window.toString(),
                "minRatio", Double.toString(minRatio),
                "baseline", baseline.toString(),
                "minHistory", minHistory.toString(),
                "minTotalUsd", Double.toString(minTotalUsd),
                "moveWithin", moveWithin.toString(),
                "minMoved", Double.toString(minMoved),
                "maxMoved", Double.toString(maxMoved)));
    }
}
