package org.flowtrace.analytics.screening;

/**
 * Parameters of screening.
 *
 * @param reportFrom the match score (0–1) from which a designated party is reported as a hit (default
 *     0.5: an officer would rather see a weak hit with its reasons than miss one)
 * @param linkFrom the match score from which a public party is taken to be the counterparty, so that
 *     its ownership and control links are followed (default 0.8, resolution's threshold)
 * @param sameAsDesignated the match score from which a party reached through ownership is taken to be
 *     a designated party recorded by another source (default 0.9)
 * @param maxOwnershipHops how many {@code OWNS}/{@code CONTROLS}/{@code LINKED_TO} steps a link may have (default 3)
 * @param maxFlowHops how many {@code TRANSFER}s between a wallet and a tagged or designated wallet
 *     count as exposure (default 2)
 * @param maxHits at most this many designation hits and links are reported (default 10)
 */
public record ScreeningParameters(
        double reportFrom,
        double linkFrom,
        double sameAsDesignated,
        int maxOwnershipHops,
        int maxFlowHops,
        int maxHits) {

    public static final ScreeningParameters DEFAULTS = new ScreeningParameters(0.5, 0.8, 0.9, 3, 2, 10);

    public ScreeningParameters {
        for (double score : new double[] {reportFrom, linkFrom, sameAsDesignated}) {
            if (!(score > 0 && score <= 1)) {
                throw new IllegalArgumentException("scores must be above 0 and at most 1: " + score);
            }
        }
        if (maxOwnershipHops < 1 || maxOwnershipHops > 6) {
            throw new IllegalArgumentException("maxOwnershipHops must be 1 to 6: " + maxOwnershipHops);
        }
        if (maxFlowHops < 0 || maxFlowHops > 3) {
            throw new IllegalArgumentException("maxFlowHops must be 0 to 3: " + maxFlowHops);
        }
        if (maxHits < 1) {
            throw new IllegalArgumentException("maxHits must be at least 1: " + maxHits);
        }
    }
}
