package org.flowtrace.analytics.patterns;

import java.time.Duration;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Parameters of stack (bipartite) layering.
 *
 * @param minLayers layers from the senders to the receivers, at least (3: one layer of intermediaries)
 * @param maxLayers layers followed, at most
 * @param minWidth accounts and wallets in every layer, at least
 * @param minLinks each member of a layer after the first is paid by at least this many members of the
 *     layer before, and the first transfer's sender pays at least this many of the second layer (what
 *     makes the layers bipartite rather than a chain or a fan)
 * @param window the first layer's payments to the second: all within this of the earliest
 * @param passOnWithin a member of a later layer pays the next layer after it was first paid and within
 *     this of the last payment it received
 * @param minAmountUsd every transfer of the stack, at least
 * @param maxSpread the first layer's transfers: within {@code 1 + maxSpread} of the earliest one's amount
 *     either way; a later layer's: {@code minShare / (1 + maxSpread)} to {@code maxShare · (1 +
 *     maxSpread)} of the median amount of the layer before (similar amounts, fees taken on the way)
 * @param minShare a layer's median transfer over the layer before's, at least
 * @param maxShare a layer's median transfer over the layer before's, at most (nothing added)
 * @param minShareOfActivity each member's transfers in the stack as a share of all its transfers from its
 *     first in the stack to its last, at least (a business whose day is full of similar payments is
 *     not a layer)
 */
public record StackParameters(
        int minLayers,
        int maxLayers,
        int minWidth,
        int minLinks,
        Duration window,
        Duration passOnWithin,
        double minAmountUsd,
        double maxSpread,
        double minShare,
        double maxShare,
        double minShareOfActivity) {

    public static final StackParameters DEFAULTS =
            new StackParameters(3, 12, 2, 2, Duration.ofHours(72), Duration.ofHours(72), 1_000, 0.12, 0.85, 1.0, 0.5);

    public StackParameters {
        if (minLayers < 3 || maxLayers < minLayers) {
            throw new IllegalArgumentException("need 3 ≤ minLayers ≤ maxLayers: " + minLayers + ", " + maxLayers);
        }
        if (minWidth < 2 || minLinks < 1) {
            throw new IllegalArgumentException("need minWidth ≥ 2 and minLinks ≥ 1");
        }
        if (minShare <= 0 || maxShare < minShare || maxSpread < 0) {
            throw new IllegalArgumentException("need 0 < minShare ≤ maxShare and maxSpread ≥ 0");
        }
        if (window.isNegative() || window.isZero() || passOnWithin.isNegative() || passOnWithin.isZero()) {
            throw new IllegalArgumentException("windows must be positive");
        }
    }

    SortedMap<String, String> asMap() {
        var map = new TreeMap<String, String>();
        map.putAll(Map.of(
                "minLayers", Integer.toString(minLayers),
                "maxLayers", Integer.toString(maxLayers),
                "minWidth", Integer.toString(minWidth),
                "minLinks", Integer.toString(minLinks),
                "window", window.toString(),
                "passOnWithin", passOnWithin.toString(),
                "minAmountUsd", Double.toString(minAmountUsd),
                "maxSpread", Double.toString(maxSpread),
                "minShare", Double.toString(minShare),
                "maxShare", Double.toString(maxShare)));
        map.put("minShareOfActivity", Double.toString(minShareOfActivity));
        return map;
    }
}
