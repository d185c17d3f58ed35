package org.flowtrace.analytics.ownership;

import org.apache.commons.math3.fraction.BigFraction;

/**
 * How {@link UltimateOwners} reads and reports.
 *
 * @param threshold a beneficial owner holds more than this share (default 1/4: "more than 25 %", EU
 *     Directive 2015/849 art. 3(6)(a)(i))
 * @param maxParties at most this many parties are read upstream of the company (the exact inverse
 *     grows with the cube of their number)
 * @param maxPathsPerOwner at most this many paths are listed for each owner
 */
public record OwnershipParameters(BigFraction threshold, int maxParties, int maxPathsPerOwner) {

    public static final OwnershipParameters DEFAULTS = new OwnershipParameters(new BigFraction(1, 4), 200, 10);

    public OwnershipParameters {
        if (threshold.compareTo(BigFraction.ZERO) < 0 || threshold.compareTo(BigFraction.ONE) >= 0) {
            throw new IllegalArgumentException("the threshold is a share from 0 up to but not including 100 %");
        }
        if (maxParties < 2 || maxPathsPerOwner < 1) {
            throw new IllegalArgumentException("maxParties must be at least 2 and maxPathsPerOwner at least 1");
        }
    }

    /** These parameters with the threshold given as a percentage ({@code 25} for 25 %). */
    public OwnershipParameters withThresholdPercent(double percent) {
        return new OwnershipParameters(Share.ofPercent(percent), maxParties, maxPathsPerOwner);
    }
}
