package org.flowtrace.analytics.patterns;

import java.time.Duration;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Parameters of round-amount behaviour.
 *
 * @param minZeros what counts as round: a whole amount in the transfer's own currency or token with at
 *     least this many trailing zeros (3: multiples of 1,000)
 * @param window the round transfers counted together: all within this of the first
 * @param minOccasions occasions with round transfers in the window, at least; round transfers less than
 *     {@code sameOccasion} after the one before are one occasion (a salary run of round amounts is one)
 * @param sameOccasion how close round transfers are to count as one occasion
 * @param minShare the round transfers as a share of all the account's transfers on that side in the
 *     window, at least
 * @param maxProbability how likely that many round transfers among the window's are by chance, given the
 *     share of round amounts among all transfers of the graph (the binomial upper tail), at most
 * @param minTotalUsd the round transfers' total, at least
 */
public record RoundAmountParameters(
        int minZeros,
        Duration window,
        int minOccasions,
        Duration sameOccasion,
        double minShare,
        double maxProbability,
        double minTotalUsd) {

    public static final RoundAmountParameters DEFAULTS =
            new RoundAmountParameters(3, Duration.ofDays(30), 5, Duration.ofHours(1), 0.3, 1e-6, 5_000);

    public RoundAmountParameters {
        if (minZeros < 1 || minOccasions < 1) {
            throw new IllegalArgumentException("need minZeros ≥ 1 and minOccasions ≥ 1");
        }
        if (window.isNegative() || window.isZero() || sameOccasion.isNegative()) {
            throw new IllegalArgumentException("need a positive window and an occasion that is not negative");
        }
        if (minShare < 0 || minShare > 1 || maxProbability <= 0 || maxProbability > 1) {
            throw new IllegalArgumentException("shares and probabilities lie within 0 and 1");
        }
    }

    SortedMap<String, String> asMap() {
        return new TreeMap<>(Map.of(
                "minZeros", Integer.toString(minZeros),
                "window", window.toString(),
                "minOccasions", Integer.toString(minOccasions),
                "sameOccasion", sameOccasion.toString(),
                "minShare", Double.toString(minShare),
                "maxProbability", Double.toString(maxProbability),
                "minTotalUsd", Double.toString(minTotalUsd)));
    }
}
