package org.flowtrace.analytics.patterns;

import java.time.Duration;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Parameters of rapid pass-through.
 *
 * @param minSenders distinct senders whose money arrived before the outflow, at least
 * @param lookback how long before the outflow the inflows may have arrived
 * @param minShare the outflow as a share of those inflows, at least (fees make it a little less than 1)
 * @param maxShare the outflow as a share of those inflows, at most (more means other money left too)
 * @param minOutflowUsd the outflow, at least
 * @param maxSenderShare the largest single sender's part of the inflows, at most (a mule collects from
 *     many; one large payment passed on with some small ones beside it is not that)
 * @param minAmountZ how unusual the outflow must be for the account, as a robust z-score against its
 *     other outgoing transfers ({@link AmountBaseline}; a business paying a supplier is not)
 * @param minInflowUsd inflows smaller than this are not counted (a shop's card takings are not what a
 *     mule collects)
 * @param minTimesUsual the inflows passed on, at least this many times the account's usual number of
 *     inflows in a lookback's time (its inflows outside the lookback, over the rest of the graph's
 *     period): a mule's collection is unusual for it, a shop's or an exchange's payments in are its
 *     daily business
 */
public record PassThroughParameters(
        int minSenders,
        Duration lookback,
        double minShare,
        double maxShare,
        double minOutflowUsd,
        double maxSenderShare,
        double minAmountZ,
        double minInflowUsd,
        double minTimesUsual) {

    public static final PassThroughParameters DEFAULTS =
            new PassThroughParameters(3, Duration.ofHours(72), 0.90, 1.01, 3_000, 0.8, 2.0, 250, 2.5);

    public PassThroughParameters {
        if (minSenders < 1 || minShare <= 0 || maxShare < minShare) {
            throw new IllegalArgumentException("need minSenders ≥ 1 and 0 < minShare ≤ maxShare");
        }
    }

    SortedMap<String, String> asMap() {
        return new TreeMap<>(Map.of(
                "minSenders", Integer.toString(minSenders),
                "lookback", lookback.toString(),
                "minShare", Double.toString(minShare),
                "maxShare", Double.toString(maxShare),
                "minOutflowUsd", Double.toString(minOutflowUsd),
                "maxSenderShare", Double.toString(maxSenderShare),
                "minAmountZ", Double.toString(minAmountZ),
                "minInflowUsd", Double.toString(minInflowUsd),
                "minTimesUsual", Double.toString(minTimesUsual)));
    }
}
