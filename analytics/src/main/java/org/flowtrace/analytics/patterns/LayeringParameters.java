package org.flowtrace.analytics.patterns;

import java.time.Duration;
import java.util.SortedMap;

/**
 * Parameters of scatter-gather and gather-scatter: a fan of similar amounts on one side (as
 * {@link FanParameters} defines it) and the money passed on, nearly whole, soon after.
 *
 * @param fan the fan: intermediaries (scatter-gather) or senders and receivers (gather-scatter)
 * @param passOnWithin how soon after money arrived it must be passed on
 * @param minShare what is passed on as a share of what arrived, at least
 * @param maxShare what is passed on as a share of what arrived, at most
 */
public record LayeringParameters(FanParameters fan, Duration passOnWithin, double minShare, double maxShare) {

    public static final LayeringParameters DEFAULTS = new LayeringParameters(
            new FanParameters(3, Duration.ofHours(72), 5_000, 0.12), Duration.ofHours(72), 0.90, 1.0);

    /**
     * Gather-scatter: also each fan at least a quarter of the hub's transfers on its side in the window
     * ({@link FanParameters#minShareOfWindow()}): an exchange's or a shop's account takes in and pays out
     * similar amounts to many every day, and a handful of them are no gather or scatter.
     */
    public static final LayeringParameters GATHER_SCATTER_DEFAULTS = new LayeringParameters(
            new FanParameters(3, Duration.ofHours(72), 5_000, 0.12, Double.NEGATIVE_INFINITY, 0.25, 0),
            Duration.ofHours(72),
            0.90,
            1.0);

    public LayeringParameters {
        if (minShare <= 0 || maxShare < minShare) {
            throw new IllegalArgumentException("need 0 < minShare ≤ maxShare");
        }
    }

    boolean passedOn(double arrived, double passed) {
        double share = passed / arrived;
        return share >= minShare && share <= maxShare;
    }

    SortedMap<String, String> asMap() {
        var map = fan.asMap();
        map.put("passOnWithin", passOnWithin.toString());
        map.put("minShare", Double.toString(minShare));
        map.put("maxShare", Double.toString(maxShare));
        return map;
    }
}
