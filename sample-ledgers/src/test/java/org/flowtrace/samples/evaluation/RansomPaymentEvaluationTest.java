package org.flowtrace.samples.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.flowtrace.samples.generator.GroundTruth;
import org.flowtrace.samples.generator.GroundTruth.Payment;
import org.junit.jupiter.api.Test;

class RansomPaymentEvaluationTest {

    /** Three ransom payments (two in the ledger, one on TRON) and four remittance look-alike payments. */
    private static final GroundTruth TRUTH = new GroundTruth(
            2,
            42,
            1000,
            1000,
            0.01,
            "2022-09-01T00:00:00Z",
            14,
            new GroundTruth.Files("ledger.csv", "fx-rates.csv"),
            "10000",
            List.of(),
            List.of(
                    payment("P1", "ledger", "ledger:r1"),
                    payment("P1", "ledger", "ledger:r2"),
                    payment("P2", "tron", "TRON:r3:trc20:00")),
            List.of(
                    payment("P3", "ledger", "ledger:f1"),
                    payment("P3", "ledger", "ledger:f2"),
                    payment("P3", "ledger", "ledger:f3"),
                    payment("P4", "ledger", "ledger:f4")),
            null,
            null,
            null,
            null,
            null,
            null);

    @Test
    void a_payment_is_detected_when_a_ransom_finding_holds_its_transfer() {
        var scores = TruthEvaluationScores.of(RansomPaymentEvaluation.score(
                TRUTH, Set.of("ledger:r1", "TRON:r3:trc20:00", "ledger:f2", "ledger:unrelated")));

        assertThat(scores.format("ledger")).isEqualTo(RansomPaymentScore.of("ledger", 2, 1, 4, 1));
        assertThat(scores.format("ledger").recall()).isEqualTo(0.5);
        assertThat(scores.format("ledger").falseAlarmShare()).isEqualTo(0.25);
        assertThat(scores.format("tron")).isEqualTo(RansomPaymentScore.of("tron", 1, 1, 0, 0));
        assertThat(scores.format("all")).isEqualTo(RansomPaymentScore.of("all", 3, 2, 4, 1));
        assertThat(scores.format("all").recall()).isEqualTo(2 / 3.0);
    }

    @Test
    void rows_come_per_format_in_the_truths_order_and_then_all() {
        assertThat(RansomPaymentEvaluation.score(TRUTH, Set.of()))
                .extracting(RansomPaymentScore::format)
                .containsExactly("ledger", "tron", "all");
    }

    @Test
    void no_findings_give_zero_recall_and_no_false_alarms() {
        var all = RansomPaymentEvaluation.score(TRUTH, Set.of()).getLast();

        assertThat(all.detected()).isZero();
        assertThat(all.recall()).isZero();
        assertThat(all.lookAlikesFlagged()).isZero();
        assertThat(all.falseAlarmShare()).isZero();
    }

    @Test
    void a_truth_without_payments_scores_an_empty_all_row_rather_than_dividing_by_zero() {
        var empty = new GroundTruth(1, 1, 1000, 1000, 0, "2022-09-01T00:00:00Z", 14, TRUTH.files(), "10000", List.of());

        assertThat(RansomPaymentEvaluation.score(empty, Set.of("ledger:r1")))
                .containsExactly(RansomPaymentScore.of("all", 0, 0, 0, 0));
    }

    private static Payment payment(String pattern, String format, String transfer) {
        return new Payment(pattern, format, transfer, "B:PAYER", "B:MULE", "5000.00", null);
    }

    /** The scores by format. */
    private record TruthEvaluationScores(List<RansomPaymentScore> scores) {
        static TruthEvaluationScores of(List<RansomPaymentScore> scores) {
            return new TruthEvaluationScores(scores);
        }

        RansomPaymentScore format(String format) {
            return scores.stream()
                    .filter(s -> s.format().equals(format))
                    .findFirst()
                    .orElseThrow();
        }
    }
}
