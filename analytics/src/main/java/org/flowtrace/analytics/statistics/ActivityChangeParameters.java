package org.flowtrace.analytics.statistics;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Parameters of activity changes.
 *
 * @param minTransfers transfers (sent and received) an account needs to be tested
 * @param minSegmentDays days at least on each side of the change
 * @param minRatio how many times the busier level must be the quieter one
 * @param alpha the level the corrected p-value must reach
 * @param correction over the accounts tested
 * @param maxEvidence transfers kept as evidence: the first of the busier level next to the change
 */
public record ActivityChangeParameters(
        int minTransfers, int minSegmentDays, double minRatio, double alpha, Correction correction, int maxEvidence) {

    public static final ActivityChangeParameters DEFAULTS =
            new ActivityChangeParameters(30, 5, 3.0, 0.01, Correction.BONFERRONI, 10);

    public ActivityChangeParameters {
        if (minTransfers < 2 || minSegmentDays < 2 || minRatio < 1 || maxEvidence < 1) {
            throw new IllegalArgumentException("minTransfers ≥ 2, minSegmentDays ≥ 2, minRatio ≥ 1, maxEvidence ≥ 1");
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be within (0, 1): " + alpha);
        }
    }

    SortedMap<String, String> asMap() {
        return new TreeMap<>(Map.of(
                "minTransfers", Integer.toString(minTransfers),
                "minSegmentDays", Integer.toString(minSegmentDays),
                "minRatio", Double.toString(minRatio),
                "alpha", Double.toString(alpha),
                "correction", correction.name(),
                "maxEvidence", Integer.toString(maxEvidence)));
    }
}
