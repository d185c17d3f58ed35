package org.flowtrace.graph.explore;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What of a neighbourhood to show.
 *
 * @param from only transfers at or after this time, or {@code null} for no lower bound
 * @param to only transfers at or before this time, or {@code null} for no upper bound
 * @param minUsd only transfers worth at least this many US dollars (a transfer with no USD value is then
 *     left out), or {@code null} for any
 * @param limit how many neighbours at most, 1 to {@value #MAX_LIMIT}
 */
public record NeighbourFilter(
        @Nullable Instant from,
        @Nullable Instant to,
        @Nullable BigDecimal minUsd,
        int limit) {

    /** The most neighbours one call shows. */
    public static final int MAX_LIMIT = 200;

    public NeighbourFilter {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be within 1 and " + MAX_LIMIT + ": " + limit);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        if (minUsd != null && minUsd.signum() < 0) {
            throw new IllegalArgumentException("minUsd is negative: " + minUsd.toPlainString());
        }
    }

    /** Every transfer, at most {@code limit} neighbours. */
    public static NeighbourFilter all(int limit) {
        return new NeighbourFilter(null, null, null, limit);
    }
}
