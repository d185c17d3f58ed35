package org.flowtrace.analytics.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BenfordLawTest {

    @ParameterizedTest
    @CsvSource({"1000, 1", "999.99, 9", "0.05, 5", "1, 1", "19.5, 1", "7000000, 7", "0.001, 1", "0, 0", "-5, 0"})
    void first_digit_is_the_first_significant_digit(double amount, int digit) {
        assertThat(BenfordTest.firstDigit(amount)).isEqualTo(digit);
    }

    @Test
    void amounts_spread_evenly_over_three_powers_of_ten_conform_and_are_not_flagged() {
        // log10 of the amounts evenly spaced: their mantissas follow Benford's law exactly
        var amounts = IntStream.range(0, 900)
                .mapToDouble(i -> 10 * Math.pow(10, 3 * (i + 0.5) / 900))
                .toArray();

        var result = BenfordTest.test(amounts);

        assertThat(result.total()).isEqualTo(900);
        assertThat(result.share(1)).isCloseTo(0.301, within(0.002));
        assertThat(result.chiSquare()).isLessThan(0.5);
        assertThat(result.pValue()).isGreaterThan(0.99);
        assertThat(result.meanAbsoluteDeviation()).isLessThan(0.002);
        assertThat(BenfordTest.decadesSpanned(amounts)).isCloseTo(1.5, within(0.01));
    }

    @Test
    void amounts_with_every_first_digit_equally_often_are_flagged_with_the_expected_chi_square() {
        // ten amounts starting with each digit: chi-square Σ (10 − 90·p_d)² / (90·p_d) = 36.1528
        var amounts =
                IntStream.range(0, 90).mapToDouble(i -> (i % 9 + 1) * 100 + i).toArray();

        var result = BenfordTest.test(amounts);

        assertThat(result.counts()).containsOnly(10L);
        assertThat(result.chiSquare()).isCloseTo(36.152846, within(1e-5));
        // P(χ²(8) ≥ 36.15) by the closed form for even degrees of freedom
        assertThat(result.pValue()).isCloseTo(1.6464115e-5, within(1e-11));
        assertThat(result.meanAbsoluteDeviation()).isCloseTo(0.059717, within(1e-6));
        assertThat(result.mostOverrepresented()).isEqualTo(9);
    }

    @Test
    void salaries_of_one_size_span_less_than_a_power_of_ten() {
        var salaries = IntStream.range(0, 60).mapToDouble(i -> 2_500 + 13.7 * i).toArray();

        assertThat(BenfordTest.decadesSpanned(salaries)).isLessThan(0.2);
    }
}
