package org.flowtrace.analytics.coercion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How indicators combine into the score that marks a possible victim (at least 0.5). */
class CoercionScoreTest {

    @ParameterizedTest(name = "{0} → {1}, marked: {2}")
    @CsvSource({
        "VICTIM_FLOWS, 0.6, true",
        "NAMED_VICTIM, 0.7, true",
        "VICTIM_FLOWS NAMED_VICTIM, 0.88, true",
        "OPENED_IN_BATCH SHARED_IDENTIFIERS, 0.51, true",
        "TRAFFICKING_REPORT, 0.2, false",
        "OPENED_IN_BATCH, 0.3, false",
        "TRAFFICKING_REPORT OPENED_IN_BATCH, 0.44, false",
        "TRAFFICKING_REPORT SHARED_IDENTIFIERS, 0.44, false",
        "TRAFFICKING_REPORT TRAFFICKING_REPORT, 0.2, false",
    })
    void indicators_combine_as_independent_evidence_each_counted_once(String indicators, double score, boolean marked) {
        var signals = Arrays.stream(indicators.split(" "))
                .map(i -> new CoercionSignal(Indicator.valueOf(i), "reason", List.of()))
                .toList();

        assertThat(CoercionSignal.score(signals)).isCloseTo(score, within(1e-9));
        assertThat(CoercionSignal.score(signals) >= CoercionParameters.DEFAULTS.minScore())
                .isEqualTo(marked);
    }

    private static final Duration DAY = Duration.ofDays(1);

    @Test
    void parameters_out_of_range_are_refused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CoercionParameters(
                        0, 3, 1000, 0.9, 0.9, Duration.ofDays(3), 3, 3, List.of("PHONE"), 0.5, 25, 0.8, DAY));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CoercionParameters(
                        2, 3, 1000, 1.2, 0.9, Duration.ofDays(3), 3, 3, List.of("PHONE"), 0.5, 25, 0.8, DAY));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CoercionParameters(
                        2, 3, 1000, 0.9, 0.9, Duration.ofDays(3), 3, 3, List.of("PHONE"), 0, 25, 0.8, DAY));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CoercionParameters(
                        2, 3, 1000, 0.9, 0.9, Duration.ofDays(3), 3, 3, List.of("PHONE"), 0.5, 100, 0.8, DAY));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CoercionParameters(
                        2, 3, 1000, 0.9, 0.9, Duration.ofDays(3), 3, 3, List.of("PHONE"), 0.5, 25, 0.8, Duration.ZERO));
    }
}
