package org.flowtrace.analytics.statistics;

import java.util.Arrays;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.inference.ChiSquareTest;

/**
 * Benford's law of first digits: in amounts that arise naturally over several orders of magnitude,
 * the first significant digit d appears with probability {@code log10(1 + 1/d)} (30.1 % start with 1,
 * 4.6 % with 9; Benford 1938, Hill's derivation in Statistical Science 10, 1995). Invented, structured
 * or manipulated amounts depart from it (Nigrini, "Benford's Law: Applications for Forensic
 * Accounting, Auditing, and Fraud Detection", Wiley 2012). The test is Pearson's chi-square
 * goodness of fit over the nine digits (Commons Math {@link ChiSquareTest}, 8 degrees of freedom;
 * its p-value from the chi-square tail, {@link PValues#chiSquareUpperTail}, to keep small values
 * precise), with Nigrini's mean absolute deviation of the digit shares beside it as the size of the
 * departure: with thousands of amounts the chi-square finds departures too small to matter, and
 * Nigrini calls first digits nonconforming above a MAD of 0.015.
 *
 * <p>Assumption: the law fits only amounts spread over at least about an order of magnitude; salaries
 * of one size or prices of one product do not follow it and are not evidence of anything. {@link
 * #decadesSpanned} measures the spread so that callers can leave such samples out.
 */
public final class BenfordTest {

    /** Benford's share of each first digit, index 0 for digit 1. */
    static final double[] EXPECTED_SHARE = new double[9];

    static {
        for (int d = 1; d <= 9; d++) {
            EXPECTED_SHARE[d - 1] = Math.log10(1 + 1.0 / d);
        }
    }

    /** Nigrini's upper bound of "marginally acceptable conformity" for first digits. */
    public static final double NONCONFORMITY_MAD = 0.015;

    private BenfordTest() {}

    /**
     * The result of testing a sample.
     *
     * @param counts how many amounts start with 1 … 9 (index 0 for 1)
     * @param chiSquare Pearson's statistic against Benford's shares
     * @param pValue its upper-tail probability under χ² with 8 degrees of freedom
     * @param meanAbsoluteDeviation Nigrini's MAD: the mean over the digits of |observed − expected share|
     */
    public record Result(long[] counts, double chiSquare, double pValue, double meanAbsoluteDeviation) {

        public Result {
            counts = counts.clone();
        }

        @Override
        public long[] counts() {
            return counts.clone();
        }

        public long total() {
            return Arrays.stream(counts).sum();
        }

        /** The share of amounts starting with {@code digit} (1–9). */
        public double share(int digit) {
            return (double) counts[digit - 1] / total();
        }

        /** The digit whose observed share most exceeds Benford's (relatively, by chi-square contribution). */
        public int mostOverrepresented() {
            int best = 1;
            double worst = Double.NEGATIVE_INFINITY;
            for (int d = 1; d <= 9; d++) {
                double expected = EXPECTED_SHARE[d - 1] * total();
                double excess = counts[d - 1] - expected;
                double contribution = Math.signum(excess) * excess * excess / expected;
                if (contribution > worst) {
                    worst = contribution;
                    best = d;
                }
            }
            return best;
        }
    }

    /** Benford's share of first digit {@code digit} (1–9). */
    public static double expectedShare(int digit) {
        return EXPECTED_SHARE[digit - 1];
    }

    /** The first significant digit of a positive finite amount, 0 for anything else. */
    public static int firstDigit(double amount) {
        if (!(amount > 0) || Double.isInfinite(amount)) {
            return 0;
        }
        double scaled = amount / Math.pow(10, Math.floor(Math.log10(amount)));
        int digit = (int) scaled;
        // log10 can land a hair off a power of ten: 1000 → 9.999… or 10.000…
        return digit >= 10 ? 1 : Math.max(digit, 1);
    }

    /** Tests the first digits of the positive amounts of {@code amounts}; others are ignored. */
    public static Result test(double[] amounts) {
        var counts = new long[9];
        for (double amount : amounts) {
            int digit = firstDigit(amount);
            if (digit > 0) {
                counts[digit - 1]++;
            }
        }
        long n = Arrays.stream(counts).sum();
        if (n == 0) {
            throw new IllegalArgumentException("the Benford test needs at least one positive amount");
        }
        var expected = new double[9];
        double mad = 0;
        for (int d = 0; d < 9; d++) {
            expected[d] = EXPECTED_SHARE[d] * n;
            mad += Math.abs((double) counts[d] / n - EXPECTED_SHARE[d]) / 9;
        }
        double chiSquare = new ChiSquareTest().chiSquare(expected, counts);
        return new Result(counts, chiSquare, PValues.chiSquareUpperTail(chiSquare, 8), mad);
    }

    /**
     * How many powers of ten the middle half of the amounts spans: {@code log10(P75 / P25)} of the
     * positive ones (the interquartile range of their logarithms); 0 with fewer than two. Amounts that
     * cluster around one size (salaries, a fixed price) span little, however far a few others lie.
     */
    public static double decadesSpanned(double[] amounts) {
        var logs = Arrays.stream(amounts)
                .filter(a -> a > 0 && !Double.isInfinite(a))
                .map(Math::log10)
                .sorted()
                .toArray();
        if (logs.length < 2) {
            return 0;
        }
        var percentile = new Percentile();
        percentile.setData(logs);
        return percentile.evaluate(75) - percentile.evaluate(25);
    }
}
