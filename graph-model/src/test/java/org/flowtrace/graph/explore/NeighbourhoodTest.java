package org.flowtrace.graph.explore;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NeighbourhoodTest {

    /** Integer parts and 12-digit fractional parts summed apart, as the neighbourhood query sums them. */
    @ParameterizedTest
    @CsvSource({
        "0, 300000000000, 0.30", // 0.10 + 0.20, which doubles make 0.30000000000000004
        "150, 250000000000, 150.25",
        "0, 0, 0.00",
        "99999999999999, 1999999999990, 100000000000000.99999999999",
        "7, 123456789012, 7.123456789012"
    })
    void usd_totals_are_exact_decimal_strings_with_at_least_cents(long units, long fraction, String total) {
        assertThat(Neighbourhood.usd(units, fraction)).isEqualTo(total);
    }
}
