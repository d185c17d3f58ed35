package org.flowtrace.samples.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RestitutionScoreTest {

    @Test
    void amounts_match_exactly_whatever_their_scale_and_mismatches_say_what_was_expected() {
        var expected = new LinkedHashMap<String, BigDecimal>();
        expected.put("V1", new BigDecimal("2062.50"));
        expected.put("V2", new BigDecimal("0.00"));
        expected.put("V3", new BigDecimal("100.00"));
        var score = RestitutionScore.of(
                "libr",
                expected,
                Map.of("V1", new BigDecimal("2062.5"), "V2", BigDecimal.ZERO, "V3", new BigDecimal("100.01")));

        assertThat(score.victims()).isEqualTo(3);
        assertThat(score.exact()).isEqualTo(2);
        assertThat(score.mismatches()).containsExactly("V3: 100.00 ≠ 100.01");
    }

    @Test
    void a_victim_missing_from_the_schedule_is_a_mismatch() {
        var score = RestitutionScore.of("fifo", Map.of("V1", BigDecimal.ONE), Map.of());
        assertThat(score.exact()).isZero();
        assertThat(score.mismatches()).containsExactly("V1: 1 ≠ none");
    }
}
