package org.flowtrace.analytics.resolution;

/**
 * Parameters of a resolution run.
 *
 * @param threshold the score (0–1) from which a pair is written as a {@code SAME_AS} candidate; 0.8 by
 *     default, where the labelled pairs give the precision and recall in docs/benchmarks.md
 * @param maxBlockSize blocks (parties sharing one blocking key) larger than this are not compared
 *     within: a key that many parties share (a very common name pair, a registered-agent address)
 *     separates nothing and would make the comparisons grow with the square of the block
 */
public record ResolutionParameters(double threshold, int maxBlockSize) {

    public static final ResolutionParameters DEFAULTS = new ResolutionParameters(0.8, 300);

    public ResolutionParameters {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be above 0 and at most 1: " + threshold);
        }
        if (maxBlockSize < 2) {
            throw new IllegalArgumentException("maxBlockSize must be at least 2: " + maxBlockSize);
        }
    }

    public ResolutionParameters withThreshold(double newThreshold) {
        return new ResolutionParameters(newThreshold, maxBlockSize);
    }
}
