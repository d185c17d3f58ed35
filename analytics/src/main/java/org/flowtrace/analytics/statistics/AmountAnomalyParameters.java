package org.flowtrace.analytics.statistics;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Parameters of amount anomalies.
 *
 * @param minTransfers transfers on one side (sent, or received) with a USD value needed for a baseline
 * @param minZ the robust z-score (log10 USD) from which a transfer counts as far above the account's usual
 * @param minUsd the smallest such transfer worth reporting, USD
 * @param minMad the floor of the MAD, log10 (0.1: about ±26 %), so that an account paying one fixed
 *     amount does not make every other amount extreme
 * @param alpha the level the corrected p-value must reach
 * @param correction over the accounts' sides tested
 * @param maxEvidence transfers kept as evidence, the most unusual first
 */
public record AmountAnomalyParameters(
        int minTransfers,
        double minZ,
        double minUsd,
        double minMad,
        double alpha,
        Correction correction,
        int maxEvidence) {

    public static final AmountAnomalyParameters DEFAULTS =
            new AmountAnomalyParameters(10, 4.0, 1_000, 0.1, 0.01, Correction.BONFERRONI, 10);

    public AmountAnomalyParameters {
        if (minTransfers < 3 || minZ <= 0 || minUsd < 0 || minMad <= 0 || maxEvidence < 1) {
            throw new IllegalArgumentException(
                    "minTransfers ≥ 3, minZ and minMad positive, minUsd not negative, maxEvidence ≥ 1");
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be within (0, 1): " + alpha);
        }
    }

    SortedMap<String, String> asMap() {
        return new TreeMap<>(Map.of(
                "minTransfers", Integer.toString(minTransfers),
                "minZ", Double.toString(minZ),
                "minUsd", Double.toString(minUsd),
                "minMad", Double.toString(minMad),
                "alpha", Double.toString(alpha),
                "correction", correction.name(),
                "maxEvidence", Integer.toString(maxEvidence)));
    }
}
