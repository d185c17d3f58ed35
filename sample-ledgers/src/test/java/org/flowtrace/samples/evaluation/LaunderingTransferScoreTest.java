package org.flowtrace.samples.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LaunderingTransferScoreTest {

    @Test
    void precision_recall_and_f1_are_those_of_the_minority_class() {
        var score = LaunderingTransferScore.of("all", 1_000, 40, 50, 30);

        assertThat(score.precision()).isEqualTo(0.6);
        assertThat(score.recall()).isEqualTo(0.75);
        assertThat(score.f1()).isCloseTo(2 * 0.6 * 0.75 / 1.35, within(1e-12));
    }

    @Test
    void nothing_flagged_or_nothing_laundering_scores_zero_not_a_division_by_zero() {
        assertThat(LaunderingTransferScore.of("FAN_IN", 100, 10, 0, 0).f1()).isZero();
        var none = LaunderingTransferScore.of("all", 100, 0, 5, 0);
        assertThat(none.recall()).isZero();
        assertThat(none.precision()).isZero();
        assertThat(none.f1()).isZero();
    }
}
