package org.flowtrace.samples.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.flowtrace.samples.evaluation.OperatorLinkScore.Outcome;
import org.junit.jupiter.api.Test;

class OperatorLinkScoreTest {

    @Test
    void the_share_is_of_starts_linked_and_the_unlinked_are_named() {
        var score = OperatorLinkScore.of(
                "company",
                List.of(
                        new Outcome("c1", true, true),
                        new Outcome("c2", true, false),
                        new Outcome("c3", false, false)));

        assertThat(score.starts()).isEqualTo(3);
        assertThat(score.linked()).isEqualTo(2);
        assertThat(score.share()).isEqualTo(2 / 3.0);
        assertThat(score.ownerFound()).isEqualTo(1);
        assertThat(score.notLinked()).containsExactly("c3");
        assertThat(OperatorLinkScore.of("account", List.of()).share()).isZero();
    }

    @Test
    void an_operator_is_recognised_by_his_designated_key_or_else_by_a_name_his_name_contains() {
        var generated = new TruthFile.OperatorTruth(
                "蔡豪堃", "designations:x:GC-01", "bods:record:op", List.of(), Map.of(), Map.of());
        assertThat(generated.isOperator("designations:x:GC-01", "anything")).isTrue();
        assertThat(generated.isOperator("designations:x:GC-01-P", "蔡豪堃")).isFalse();

        var hand = new TruthFile.OperatorTruth("陈国豪 CHEN Guohao", null, null, List.of(), Map.of(), Map.of());
        assertThat(hand.isOperator("designations:fiu:NG-1", "陈国豪")).isTrue();
        assertThat(hand.isOperator("designations:fiu:NG-2", "Naga Garden Park")).isFalse();
    }
}
