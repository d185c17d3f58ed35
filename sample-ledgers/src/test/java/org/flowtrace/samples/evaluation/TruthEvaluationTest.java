package org.flowtrace.samples.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.flowtrace.samples.evaluation.TruthEvaluation.DetectedPattern;
import org.flowtrace.samples.generator.GroundTruth;
import org.junit.jupiter.api.Test;

class TruthEvaluationTest {

    private static final GroundTruth TRUTH = new GroundTruth(
            1,
            42,
            1000,
            1000,
            0.01,
            "2022-09-01T00:00:00Z",
            14,
            new GroundTruth.Files("ledger.csv", "fx-rates.csv"),
            "10000",
            List.of(
                    pattern("P1", "FAN_OUT", true, "B:SRC1", "B:R1"),
                    pattern("P2", "FAN_OUT", true, "B:SRC2", "B:R2"),
                    pattern("P3", "CYCLE", true, "B:C1", "B:C2"),
                    pattern("P4", "PAYROLL", false, "B:EMPLOYER", "B:E1")));

    @Test
    void a_pattern_is_detected_when_a_finding_of_its_typology_names_its_centre() {
        var scores = TruthEvaluation.score(
                TRUTH,
                List.of(
                        new DetectedPattern("FAN_OUT", "B:SRC1"),
                        new DetectedPattern("FAN_OUT", "B:SRC1"), // found twice: two findings, one pattern
                        new DetectedPattern("FAN_OUT", "B:EMPLOYER"), // the payroll look-alike
                        new DetectedPattern("FAN_OUT", "B:R2"))); // a member, not the centre

        assertThat(scores).extracting(TypologyScore::typology).containsExactly("CYCLE", "FAN_OUT");
        var fanOut = scores.get(1);
        assertThat(fanOut.planted()).isEqualTo(2);
        assertThat(fanOut.detected()).isEqualTo(1);
        assertThat(fanOut.findings()).isEqualTo(4);
        assertThat(fanOut.truePositives()).isEqualTo(2);
        assertThat(fanOut.lookAlikesFlagged()).isEqualTo(1);
        assertThat(fanOut.recall()).isEqualTo(0.5);
        assertThat(fanOut.precision()).isEqualTo(0.5);
        assertThat(fanOut.f1()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void a_finding_naming_several_members_in_the_central_role_counts_once_and_detects_its_pattern() {
        var truth = new GroundTruth(
                1,
                42,
                1000,
                1000,
                0.01,
                "2022-09-01T00:00:00Z",
                14,
                new GroundTruth.Files("ledger.csv", "fx-rates.csv"),
                "10000",
                List.of(pattern("P1", "STACK", true, "B:S1", "B:S2", "B:M1", "B:M2", "B:R1", "B:R2")));

        var stack = TruthEvaluation.score(
                        truth,
                        List.of(
                                new DetectedPattern("STACK", "B:S2", "stack:1"), // its first layer, in any order
                                new DetectedPattern("STACK", "B:S1", "stack:1"),
                                new DetectedPattern("STACK", "B:X1", "stack:2"), // a stack nobody planted
                                new DetectedPattern("STACK", "B:X2", "stack:2")))
                .getFirst();

        assertThat(stack).isEqualTo(TypologyScore.of("STACK", 1, 1, 2, 1, 0));
    }

    @Test
    void a_typology_without_findings_scores_zero_recall_and_precision_rather_than_nothing() {
        var cycle = TruthEvaluation.score(TRUTH, List.of()).getFirst();
        assertThat(cycle).isEqualTo(TypologyScore.of("CYCLE", 1, 0, 0, 0, 0));
        assertThat(cycle.recall()).isZero();
        assertThat(cycle.precision()).isZero();
        assertThat(cycle.f1()).isZero();
    }

    private static GroundTruth.Pattern pattern(String id, String typology, boolean laundering, String... accounts) {
        return new GroundTruth.Pattern(id, typology, laundering, List.of(accounts), List.of(2L, 3L));
    }
}
