package org.flowtrace.analytics.patterns;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Parameters of structuring.
 *
 * @param thresholdUsd the reporting threshold (10,000 USD for US currency transaction reports; set the
 *     jurisdiction's own)
 * @param margin how far below the threshold counts as "just below", as a fraction of it
 * @param minTransfers transfers just below the threshold within the window, at least
 * @param window the longest time from the first to the last of them
 * @param channels the payment channels that reporting thresholds apply to (cash by default); empty for all
 */
public record StructuringParameters(
        double thresholdUsd, double margin, int minTransfers, Duration window, Set<String> channels) {

    public static final StructuringParameters DEFAULTS =
            new StructuringParameters(10_000, 0.10, 3, Duration.ofDays(30), Set.of("Cash"));

    public StructuringParameters {
        if (thresholdUsd <= 0 || margin <= 0 || margin >= 1) {
            throw new IllegalArgumentException("threshold must be positive and margin within (0, 1)");
        }
        if (minTransfers < 2) {
            throw new IllegalArgumentException("minTransfers must be at least 2: " + minTransfers);
        }
        channels = Set.copyOf(channels);
    }

    boolean justBelow(double usd) {
        return usd < thresholdUsd && usd >= thresholdUsd * (1 - margin);
    }

    SortedMap<String, String> asMap() {
        return new TreeMap<>(Map.of(
                "thresholdUsd", Double.toString(thresholdUsd),
                "margin", Double.toString(margin),
                "minTransfers", Integer.toString(minTransfers),
                "window", window.toString(),
                "channels", String.join("|", channels.stream().sorted().toList())));
    }
}
