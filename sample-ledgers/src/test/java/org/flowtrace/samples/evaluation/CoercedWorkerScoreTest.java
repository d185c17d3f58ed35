package org.flowtrace.samples.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CoercedWorkerScoreTest {

    @Test
    void recall_counts_planted_workers_marked_and_marks_on_mules_and_look_alikes_are_counted_apart() {
        var score = CoercedWorkerScore.of(
                List.of("B:W1", "B:W2", "B:W3", "B:W4"),
                List.of("B:M1"),
                List.of("B:F1", "B:F2"),
                Set.of("B:W1", "B:W2", "B:W3", "B:F1", "B:X"),
                List.of("B:M1", "B:W4", "B:S"));

        assertThat(score.planted()).isEqualTo(4);
        assertThat(score.marked()).isEqualTo(3);
        assertThat(score.recall()).isEqualTo(0.75);
        assertThat(score.markedInAll()).isEqualTo(5);
        assertThat(score.mulesMarked()).isZero();
        assertThat(score.lookAlikesMarked()).isEqualTo(1);
        assertThat(score.missed()).containsExactly("B:W4");
        assertThat(score.suspectsRanked()).isEqualTo(3);
        assertThat(score.workersAmongSuspects()).isEqualTo(1);
        assertThat(score.asSuspects()).containsExactly("B:W4");
    }

    @Test
    void nothing_planted_scores_zero_recall() {
        assertThat(CoercedWorkerScore.of(List.of(), List.of(), List.of(), Set.of("B:X"), List.of())
                        .recall())
                .isZero();
    }
}
