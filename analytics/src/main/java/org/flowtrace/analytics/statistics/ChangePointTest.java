package org.flowtrace.analytics.statistics;

import java.util.Optional;

/**
 * A single change in the level of a series (an account's transfers per day), by the CUSUM statistic
 * of Page (Biometrika 41, 1954) in the form whose limit is known: for a series x₁ … xₙ with partial
 * sums Sₖ, {@code D = max over k of |Sₖ − (k/n)·Sₙ| / (σ̂ √n)}; with no change, D tends to the
 * supremum of a Brownian bridge, whose tail is the Kolmogorov distribution (Csörgő and Horváth,
 * "Limit Theorems in Change-Point Analysis", Wiley 1997, §1.1), so {@code p = P(K ≥ D)}. The change
 * is placed at the split that maximises the statistic, only where both sides have at least {@code
 * minSegment} points. σ̂ is the pooled standard deviation within the two sides of that split (a
 * level shift does not inflate it), floored at the square root of the series' mean — the spread of
 * Poisson counts — so that a series as regular as clockwork does not make any wobble significant.
 *
 * <p>Assumptions: the points are independent with one variance (a weekly cycle breaks this a little
 * and makes the test somewhat liberal for busy accounts); with under two or three weeks of days the
 * limit distribution is only approximate.
 */
public final class ChangePointTest {

    /**
     * A change found.
     *
     * @param index the first point of the new level
     * @param meanBefore the mean of the points before it
     * @param meanAfter the mean from it on
     * @param statistic D, the scaled CUSUM
     * @param pValue P(K ≥ D) under no change
     */
    public record ChangePoint(int index, double meanBefore, double meanAfter, double statistic, double pValue) {

        /** How many times the larger level is the smaller ({@code +∞} from a level of zero). */
        public double ratio() {
            double low = Math.min(meanBefore, meanAfter);
            double high = Math.max(meanBefore, meanAfter);
            return low == 0 ? Double.POSITIVE_INFINITY : high / low;
        }
    }

    private ChangePointTest() {}

    /**
     * The most likely single change in {@code series}; empty when the series is shorter than twice
     * {@code minSegment} or holds nothing but zeros.
     */
    public static Optional<ChangePoint> cusum(double[] series, int minSegment) {
        if (minSegment < 1) {
            throw new IllegalArgumentException("a segment needs at least one point: " + minSegment);
        }
        int n = series.length;
        if (n < 2 * minSegment) {
            return Optional.empty();
        }
        var partial = new double[n + 1];
        for (int i = 0; i < n; i++) {
            partial[i + 1] = partial[i] + series[i];
        }
        double total = partial[n];
        if (total == 0) {
            return Optional.empty();
        }
        int best = -1;
        double largest = -1;
        for (int k = minSegment; k <= n - minSegment; k++) {
            double deviation = Math.abs(partial[k] - (double) k / n * total);
            if (deviation > largest) {
                largest = deviation;
                best = k;
            }
        }
        double before = partial[best] / best;
        double after = (total - partial[best]) / (n - best);
        double squares = 0;
        for (int i = 0; i < n; i++) {
            double centre = i < best ? before : after;
            squares += (series[i] - centre) * (series[i] - centre);
        }
        double pooled = n > 2 ? Math.sqrt(squares / (n - 2)) : 0;
        double sigma = Math.max(pooled, Math.sqrt(total / n));
        double statistic = largest / (sigma * Math.sqrt(n));
        return Optional.of(new ChangePoint(best, before, after, statistic, PValues.kolmogorovUpperTail(statistic)));
    }
}
