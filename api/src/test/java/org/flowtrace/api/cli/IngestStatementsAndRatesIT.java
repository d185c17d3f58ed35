package org.flowtrace.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestStatementsAndRatesIT {

    private static final Path FIXTURES = Path.of("../ingest-jobs/src/test/resources/fixtures");

    @Test
    void ingest_camt053_loads_a_statement_and_reports_the_entries_it_did_not_load(@TempDir Path dataDir) {
        var run = CommandRun.of(
                "ingest",
                "camt053",
                "-q",
                "--data-dir",
                dataDir.toString(),
                FIXTURES.resolve("camt053/batched-unicode.v8.xml").toString(),
                FIXTURES.resolve("camt053/pain001.xml").toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
        assertThat(run.out())
                .containsPattern("batched-unicode\\.v8\\.xml: COMPLETED \\(run camt053-\\d+\\) — 7 read, 6 written, 0"
                        + " rejected")
                .contains("  entries not loaded for status: 1");
        assertThat(run.err()).contains("pain001.xml", "namespace 'urn:iso:std:iso:20022:tech:xsd:pain.001.001.09'");
    }

    @Test
    void ingest_fx_rates_values_the_ledger_transfers_and_counts_those_without_a_rate(@TempDir Path dataDir) {
        var ledger = CommandRun.of(
                "ingest",
                "ledger",
                "-q",
                "--data-dir",
                dataDir.toString(),
                FIXTURES.resolve("fx-rates/ledger-for-fx.csv").toString());
        assertThat(ledger.exitCode()).as(ledger.err()).isZero();

        var rates = CommandRun.of(
                "ingest",
                "fx-rates",
                "-q",
                "--data-dir",
                dataDir.toString(),
                FIXTURES.resolve("fx-rates/rates.csv").toString());

        assertThat(rates.exitCode()).as(rates.err()).isZero();
        assertThat(rates.out())
                .contains("rates.csv: COMPLETED")
                .contains("  transfers valued: 4")
                .contains("  transfers without rate: 2");
    }
}
