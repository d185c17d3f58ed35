package org.flowtrace.analytics.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CusumChangePointTest {

    @Test
    void a_clear_step_is_found_on_the_day_it_happens() {
        // two transfers a day for ten days, then about twelve
        double[] series = {2, 3, 2, 1, 2, 2, 3, 2, 1, 2, 12, 11, 13, 12, 10, 12, 14, 11, 12, 13};

        var change = ChangePointTest.cusum(series, 3).orElseThrow();

        assertThat(change.index()).isEqualTo(10);
        assertThat(change.meanBefore()).isCloseTo(2.0, within(1e-9));
        assertThat(change.meanAfter()).isCloseTo(12.0, within(1e-9));
        assertThat(change.ratio()).isCloseTo(6.0, within(1e-9));
        assertThat(change.pValue()).isLessThan(1e-6);
    }

    @Test
    void a_stationary_series_shows_no_significant_change() {
        double[] series = {5, 7, 4, 6, 5, 3, 6, 5, 7, 4, 5, 6, 4, 6, 5, 5, 7, 3, 6, 5};

        var change = ChangePointTest.cusum(series, 3).orElseThrow();

        assertThat(change.pValue()).isGreaterThan(0.5);
    }

    @Test
    void a_one_day_burst_is_not_a_change_of_level() {
        double[] series = {1, 1, 2, 1, 0, 1, 1, 25, 1, 1, 2, 1, 0, 1};

        assertThat(ChangePointTest.cusum(series, 5).orElseThrow().pValue()).isGreaterThan(0.05);
    }

    @Test
    void a_dormant_account_that_comes_alive_changes_from_nothing() {
        double[] series = {0, 0, 0, 0, 0, 0, 0, 6, 5, 7, 6, 5, 6, 7};

        var change = ChangePointTest.cusum(series, 5).orElseThrow();

        assertThat(change.index()).isEqualTo(7);
        assertThat(change.ratio()).isInfinite();
        assertThat(change.pValue()).isLessThan(1e-4);
    }

    @Test
    void a_series_shorter_than_two_segments_or_without_activity_is_not_tested() {
        assertThat(ChangePointTest.cusum(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9}, 5))
                .isEmpty();
        assertThat(ChangePointTest.cusum(new double[10], 5)).isEmpty();
    }
}
