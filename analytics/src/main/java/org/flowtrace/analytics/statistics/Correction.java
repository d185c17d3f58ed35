package org.flowtrace.analytics.statistics;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * How a detector corrects its p-values for testing many accounts: with 100,000 accounts a test at
 * p &lt; 0.01 fires 1,000 times by chance alone. Both give adjusted p-values, compared with the
 * detector's level.
 */
public enum Correction {

    /**
     * Bonferroni: {@code min(1, m · p)} over the {@code m} tests; the chance of any false finding
     * stays below the level (family-wise error rate). The strict default.
     */
    BONFERRONI {
        @Override
        double[] adjust(double[] p) {
            return Arrays.stream(p).map(v -> Math.min(1, v * p.length)).toArray();
        }
    },

    /**
     * Benjamini–Hochberg step-up (J. R. Stat. Soc. B 57, 1995): the expected share of false findings
     * among the findings stays below the level (false discovery rate); adjusted {@code p(i) = min over
     * j ≥ i of m · p(j) / j} for the sorted p-values.
     */
    BENJAMINI_HOCHBERG {
        @Override
        double[] adjust(double[] p) {
            int m = p.length;
            var order = IntStream.range(0, m)
                    .boxed()
                    .sorted(Comparator.comparingDouble(i -> p[i]))
                    .mapToInt(Integer::intValue)
                    .toArray();
            var adjusted = new double[m];
            double running = 1;
            for (int rank = m; rank >= 1; rank--) {
                int i = order[rank - 1];
                running = Math.min(running, p[i] * m / rank);
                adjusted[i] = running;
            }
            return adjusted;
        }
    };

    /** The adjusted p-values, in the order given. */
    abstract double[] adjust(double[] p);

    /** The clause an explanation uses: "after Bonferroni correction over 12,345 accounts". */
    String clause(int tests, String what) {
        return String.format(
                Locale.ROOT,
                "after %s correction over %,d %s",
                this == BONFERRONI ? "Bonferroni" : "Benjamini–Hochberg",
                tests,
                what);
    }
}
