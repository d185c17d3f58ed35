package org.flowtrace.analytics.resolution;

/**
 * What a resolution run did.
 *
 * @param parties party records read
 * @param blocks blocks compared within (two parties or more, at most the maximum size)
 * @param oversizedBlocks blocks left out for being larger than the maximum
 * @param comparisons candidate pairs scored
 * @param candidates pairs at or above the threshold, written as {@code SAME_AS} links
 * @param created of these, links that did not exist before
 */
public record ResolutionSummary(
        int parties, int blocks, int oversizedBlocks, long comparisons, int candidates, int created) {}
