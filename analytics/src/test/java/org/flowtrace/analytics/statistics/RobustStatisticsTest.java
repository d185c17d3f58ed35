package org.flowtrace.analytics.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RobustStatisticsTest {

    @Test
    void median_and_mad_of_a_known_series_give_the_robust_z_score() {
        // median 3, absolute deviations 2, 1, 0, 1, 97: MAD 1
        var score = RobustZScore.of(new double[] {1, 2, 3, 4, 100}, 0.01);

        assertThat(score.median()).isEqualTo(3);
        assertThat(score.mad()).isEqualTo(1);
        assertThat(score.scale()).isEqualTo(1.4826);
        assertThat(score.z(100)).isCloseTo(97 / 1.4826, within(1e-9));
        assertThat(score.z(3)).isZero();
    }

    @Test
    void one_outlier_in_five_does_not_move_the_median_or_the_mad() {
        var clean = RobustZScore.of(new double[] {10, 11, 12, 13, 14}, 0.01);
        var dirty = RobustZScore.of(new double[] {10, 11, 12, 13, 1_000_000}, 0.01);

        assertThat(dirty.median()).isEqualTo(clean.median());
        assertThat(dirty.mad()).isEqualTo(clean.mad());
    }

    @Test
    void a_sample_of_one_repeated_value_uses_the_floor_of_the_mad() {
        var score = RobustZScore.of(new double[] {2, 2, 2, 2, 2, 2}, 0.1);

        assertThat(score.mad()).isZero();
        assertThat(score.z(2.5)).isCloseTo(0.5 / (1.4826 * 0.1), within(1e-9));
    }

    @Test
    void p_values_keep_their_precision_in_the_far_tail() {
        assertThat(PValues.normalUpperTail(1.959964)).isCloseTo(0.025, within(1e-7));
        assertThat(PValues.normalUpperTail(10)).isCloseTo(7.6198530241605e-24, within(1e-33));
        // 8 degrees of freedom: Q(4, x/2) = e^(−x/2) Σ_{k<4} (x/2)^k / k!
        assertThat(PValues.chiSquareUpperTail(15.507, 8)).isCloseTo(0.05, within(1e-4));
        assertThat(PValues.chiSquareUpperTail(200, 8))
                .isCloseTo(Math.exp(-100) * (1 + 100 + 5_000 + 1e6 / 6), within(1e-45));
        // the 5 % critical value of the Kolmogorov distribution is 1.3581
        assertThat(PValues.kolmogorovUpperTail(1.3581)).isCloseTo(0.05, within(1e-4));
        assertThat(PValues.kolmogorovUpperTail(0.5)).isCloseTo(0.9639, within(1e-4));
        assertThat(PValues.kolmogorovUpperTail(5)).isCloseTo(2 * Math.exp(-50), within(1e-30));
        assertThat(PValues.sidak(1e-12, 1000)).isCloseTo(1e-9, within(1e-15));
    }

    @Test
    void bonferroni_multiplies_by_the_tests_and_benjamini_hochberg_steps_up() {
        double[] p = {0.01, 0.04, 0.03, 0.005};

        assertThat(Correction.BONFERRONI.adjust(p)).containsExactly(0.04, 0.16, 0.12, 0.02);
        // sorted 0.005, 0.01, 0.03, 0.04 → 0.02, 0.02, 0.04, 0.04 (monotone from the top)
        assertThat(Correction.BENJAMINI_HOCHBERG.adjust(p))
                .usingElementComparator((a, b) -> Math.abs(a - b) < 1e-12 ? 0 : Double.compare(a, b))
                .containsExactly(0.02, 0.04, 0.04, 0.02);
    }

    @Test
    void with_many_accounts_a_chance_p_value_of_a_thousandth_is_not_significant_after_correction() {
        var p = new double[100_000];
        java.util.Arrays.fill(p, 0.5);
        p[17] = 0.001;

        assertThat(Correction.BONFERRONI.adjust(p)[17]).isEqualTo(1);
        assertThat(Correction.BENJAMINI_HOCHBERG.adjust(p)[17]).isEqualTo(0.5);
    }
}
