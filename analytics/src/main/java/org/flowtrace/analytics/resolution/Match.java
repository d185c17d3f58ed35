package org.flowtrace.analytics.resolution;

import java.util.List;

/**
 * The verdict on one candidate pair.
 *
 * @param score 0–1, the probability-like score of the log-odds sum ({@link MatchScorer})
 * @param reasons the features that fired, strongest first, with their weights
 */
public record Match(double score, List<String> reasons) {

    public Match {
        reasons = List.copyOf(reasons);
    }
}
