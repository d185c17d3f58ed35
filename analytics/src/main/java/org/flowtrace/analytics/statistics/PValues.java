package org.flowtrace.analytics.statistics;

import org.apache.commons.math3.special.Erf;
import org.apache.commons.math3.special.Gamma;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;

/**
 * Upper-tail probabilities computed so that small p-values keep their precision ({@code 1 − cdf}
 * rounds everything below about 1e-16 to 0), all from Commons Math special functions.
 */
final class PValues {

    private static final KolmogorovSmirnovTest KOLMOGOROV = new KolmogorovSmirnovTest();

    private PValues() {}

    /** P(Z ≥ z) for a standard normal Z: {@code erfc(z / √2) / 2}. */
    static double normalUpperTail(double z) {
        return 0.5 * Erf.erfc(z / Math.sqrt(2));
    }

    /** P(χ²(df) ≥ x): the regularised upper incomplete gamma function {@code Q(df/2, x/2)}. */
    static double chiSquareUpperTail(double x, int degreesOfFreedom) {
        return x <= 0 ? 1 : Gamma.regularizedGammaQ(degreesOfFreedom / 2.0, x / 2);
    }

    /**
     * P(K ≥ t) for the Kolmogorov distribution (the supremum of a Brownian bridge's absolute value):
     * {@code 2 Σ (−1)^(k−1) exp(−2k²t²)}, summed directly for t ≥ 1, and as {@code 1 − cdf} (Commons
     * Math {@code ksSum}) below, where it is not small.
     */
    static double kolmogorovUpperTail(double t) {
        if (t <= 0) {
            return 1;
        }
        if (t < 1) {
            return Math.max(0, 1 - KOLMOGOROV.ksSum(t, 1e-12, 100_000));
        }
        double sum = 0;
        for (int k = 1; k <= 100; k++) {
            double term = Math.exp(-2.0 * k * k * t * t);
            sum += (k % 2 == 1 ? term : -term);
            if (term < 1e-300) {
                break;
            }
        }
        return Math.min(1, 2 * sum);
    }

    /**
     * The probability that the largest of {@code n} independent tests reaches a level that one test
     * reaches with probability {@code p} (Šidák): {@code 1 − (1 − p)^n}, precise for small p.
     */
    static double sidak(double p, int n) {
        if (p >= 1) {
            return 1;
        }
        return -Math.expm1(n * Math.log1p(-p));
    }
}
