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
 * @param minAmountZ how unusual the fan's amounts must be for the account, as a robust z-score against
 *     its other transfers on the same side ({@link AmountBaseline}; an employer's salary run is not);
 *     {@code Double.NEGATIVE_INFINITY} turns the test off
 * @param minShareOfWindow the fan's transfers as a share of all the account's transfers on that side in
 *     the window, at least (an exchange's or a shop's many similar deposits are a small part of its day)
 * @param minShareOfSizeable the fan's transfers as a share of the account's sizeable transfers on that
 *     side while the fan lasts (from its first transfer to its last; sizeable: at least half the fan's
 *     smallest amount), at least: a sum split in even parts is all the payer sends in those hours, while
 *     a payroll or a run of supplier payments pays others sizeable amounts among the similar ones
 */
public record FanParameters(
        int minCounterparties,
        Duration window,
        double minTotalUsd,
        double maxSpread,
        double minAmountZ,
        double minShareOfWindow,
        double minShareOfSizeable) {

    /**
     * Fan-out: the amounts must also be unusual for the payer (robust z ≥ 1.5), and the fan at least
     * four in five of the payer's sizeable payments while it lasts, which leave out employers' salary
     * runs and businesses paying suppliers.
     */
    public static final FanParameters DEFAULTS =
            new FanParameters(5, Duration.ofHours(72), 10_000, 0.12, 1.5, 0.33, 0.8);

    /**
     * Fan-in: no test of the amounts, which are often of a size the receiver also gets as wages; what
     * is unusual is the number of senders.
     */
    public static final FanParameters FAN_IN_DEFAULTS =
            new FanParameters(5, Duration.ofHours(72), 10_000, 0.12, Double.NEGATIVE_INFINITY, 0.33, 0);

    /** Without the tests of how unusual the amounts are and of the shares of the window and the fan's span. */
    public FanParameters(int minCounterparties, Duration window, double minTotalUsd, double maxSpread) {
        this(minCounterparties, window, minTotalUsd, maxSpread, Double.NEGATIVE_INFINITY, 0, 0);
    }

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
                "maxSpread", Double.toString(maxSpread),
                "minAmountZ", Double.toString(minAmountZ),
                "minShareOfWindow", Double.toString(minShareOfWindow),
                "minShareOfSizeable", Double.toString(minShareOfSizeable)));
    }
}
