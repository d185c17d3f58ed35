package org.flowtrace.ingest.fxrates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.flowtrace.graph.fx.UnvaluedTransfer;
import org.flowtrace.graph.model.Provenance;
import org.flowtrace.ingest.support.RunSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TransferValuationProcessorTest {

    private static final String RATES_SHA = "b".repeat(64);
    private static final RunSource RUN = new RunSource("fx-rates-7", "/data/rates.csv", RATES_SHA);
    private final TransferValuationProcessor processor = new TransferValuationProcessor(Set.of("TRON:TR7NHQ"), RUN);

    @ParameterizedTest
    @CsvSource({
        "1000.00, 0.9987, 998.70",
        "0.01, 0.1449, 0.00",
        "0.005, 1, 0.00",
        "0.015, 1, 0.02",
        "123456789012345678901234567890.12, 0.9987, 123296295186629629518662962951.86",
        "1.000000000000000001, 3, 3.00"
    })
    void multiplies_exactly_and_rounds_once_half_even_to_cents(String amount, String rate, String usd) {
        var rated = new UnvaluedTransfer(
                "t1",
                amount,
                "EUR",
                LocalDate.parse("2022-09-01"),
                new UnvaluedTransfer.Rate(
                        "2022-09-01:EUR", rate, "ECB", new Provenance("fx-rates-1", RATES_SHA, "line 2")));

        var valuation = processor.process(rated);

        assertThat(valuation.usd().usd().toPlainString()).isEqualTo(usd);
        assertThat(valuation.provenance().encoded()).isEqualTo("fx-rates-7|" + RATES_SHA + "|line 2");
    }

    @ParameterizedTest
    @CsvSource({"EUR, true", "TRON:TR7NHQ, false"})
    void without_a_rate_only_a_par_asset_is_valued(String asset, boolean missing) {
        var unrated = new UnvaluedTransfer("t2", "5.000000", asset, LocalDate.parse("2022-09-03"), null);

        var valuation = processor.process(unrated);

        if (missing) {
            assertThat(valuation).isNull();
        } else {
            assertThat(valuation.usd().usd().toPlainString()).isEqualTo("5.00");
            assertThat(valuation.usd().rateSource()).isEqualTo(TransferValuationProcessor.PAR_SOURCE);
        }
    }
}
