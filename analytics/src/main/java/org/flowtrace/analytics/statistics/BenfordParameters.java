package org.flowtrace.analytics.statistics;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Parameters of the Benford detector.
 *
 * @param minTransfers transfers on one side (sent, or received) with a USD value needed to test it
 * @param minDecades powers of ten the middle half of those amounts must span for the law to apply
 * @param minMad Nigrini's mean absolute deviation of the digit shares from which a departure is large
 *     enough to report (0.015: nonconformity)
 * @param alpha the level the corrected chi-square p-value must reach
 * @param correction over the accounts' sides tested
 * @param maxEvidence transfers kept as evidence: the largest starting with the most over-represented digit
 */
public record BenfordParameters(
        int minTransfers, double minDecades, double minMad, double alpha, Correction correction, int maxEvidence) {

    public static final BenfordParameters DEFAULTS =
            new BenfordParameters(50, 0.5, BenfordTest.NONCONFORMITY_MAD, 0.01, Correction.BONFERRONI, 10);

    public BenfordParameters {
        if (minTransfers < 9 || minDecades < 0 || minMad < 0 || maxEvidence < 1) {
            throw new IllegalArgumentException(
                    "minTransfers ≥ 9 (one a digit), minDecades and minMad not negative, maxEvidence ≥ 1");
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be within (0, 1): " + alpha);
        }
    }

    SortedMap<String, String> asMap() {
        return new TreeMap<>(Map.of(
                "minTransfers", Integer.toString(minTransfers),
                "minDecades", Double.toString(minDecades),
                "minMad", Double.toString(minMad),
                "alpha", Double.toString(alpha),
                "correction", correction.name(),
                "maxEvidence", Integer.toString(maxEvidence)));
    }
}
