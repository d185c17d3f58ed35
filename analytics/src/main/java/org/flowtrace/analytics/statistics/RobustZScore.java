package org.flowtrace.analytics.statistics;

import java.util.Arrays;
import org.apache.commons.math3.stat.descriptive.rank.Median;

/**
 * A robust z-score: how many robust standard deviations a value lies from the median of a sample,
 * {@code (x − median) / (1.4826 · MAD)}, where MAD is the median absolute deviation from the median
 * and 1.4826 makes 1.4826 · MAD estimate the standard deviation of a normal sample (Rousseeuw and
 * Croux, "Alternatives to the median absolute deviation", JASA 88, 1993). Half the sample may be
 * outliers without moving it, unlike the mean and standard deviation. The MAD is floored at {@code
 * minMad}: a sample of one repeated value has MAD 0, and then every other value would be infinitely
 * unusual. Median by Commons Math.
 *
 * @param median the sample's median
 * @param mad its median absolute deviation (not floored)
 * @param minMad the floor of the MAD in the denominator, positive
 */
public record RobustZScore(double median, double mad, double minMad) {

    /** The consistency constant of the MAD for normal data, 1 / Φ⁻¹(3/4). */
    public static final double CONSISTENCY = 1.4826;

    public RobustZScore {
        if (!(minMad > 0)) {
            throw new IllegalArgumentException("the floor of the MAD must be positive: " + minMad);
        }
    }

    /** The median and MAD of {@code values}, which must not be empty. */
    public static RobustZScore of(double[] values, double minMad) {
        if (values.length == 0) {
            throw new IllegalArgumentException("a robust z-score needs at least one value");
        }
        var median = new Median();
        double centre = median.evaluate(values);
        double mad = median.evaluate(
                Arrays.stream(values).map(x -> Math.abs(x - centre)).toArray());
        return new RobustZScore(centre, mad, minMad);
    }

    /** The robust standard deviation, {@code 1.4826 · max(MAD, minMad)}. */
    public double scale() {
        return CONSISTENCY * Math.max(mad, minMad);
    }

    public double z(double value) {
        return (value - median) / scale();
    }
}
