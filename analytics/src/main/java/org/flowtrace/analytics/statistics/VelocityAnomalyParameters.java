package org.flowtrace.analytics.statistics;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Parameters of velocity anomalies.
 *
 * @param minActiveDays days with a transfer needed for a baseline
 * @param minZ the robust z-score (log10 USD) from which the value passed through in a day counts as far
 *     above what the account moves on an ordinary day
 * @param minUsd the least value passed through in a day worth reporting, USD
 * @param minMad the floor of the MAD, log10
 * @param alpha the level the corrected p-value must reach
 * @param correction over the accounts tested
 * @param maxEvidence transfers of that day (and inflows of the day before) kept as evidence, the largest first
 */
public record VelocityAnomalyParameters(
        int minActiveDays,
        double minZ,
        double minUsd,
        double minMad,
        double alpha,
        Correction correction,
        int maxEvidence) {

    public static final VelocityAnomalyParameters DEFAULTS =
            new VelocityAnomalyParameters(7, 4.0, 10_000, 0.1, 0.01, Correction.BONFERRONI, 10);

    public VelocityAnomalyParameters {
        if (minActiveDays < 3 || minZ <= 0 || minUsd < 0 || minMad <= 0 || maxEvidence < 1) {
            throw new IllegalArgumentException(
                    "minActiveDays ≥ 3, minZ and minMad positive, minUsd not negative, maxEvidence ≥ 1");
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be within (0, 1): " + alpha);
        }
    }

    SortedMap<String, String> asMap() {
        return new TreeMap<>(Map.of(
                "minActiveDays", Integer.toString(minActiveDays),
                "minZ", Double.toString(minZ),
                "minUsd", Double.toString(minUsd),
                "minMad", Double.toString(minMad),
                "alpha", Double.toString(alpha),
                "correction", correction.name(),
                "maxEvidence", Integer.toString(maxEvidence)));
    }
}
