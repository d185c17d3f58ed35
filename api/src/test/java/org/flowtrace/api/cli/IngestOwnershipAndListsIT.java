package org.flowtrace.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The four ownership and watchlist commands, run as a user runs them, into one data folder. */
class IngestOwnershipAndListsIT {

    private static final Path FIXTURES = Path.of("../ingest-jobs/src/test/resources/fixtures");

    @Test
    void ingest_bods_ftm_ofac_and_designations_load_into_one_graph(@TempDir Path dataDir) {
        var bods = CommandRun.of(
                "ingest",
                "bods",
                "-q",
                "--data-dir",
                dataDir.toString(),
                FIXTURES.resolve("bods/compound-cycle.json").toString(),
                FIXTURES.resolve("bods/not-bods.json").toString());
        assertThat(bods.exitCode()).as(bods.out() + bods.err()).isEqualTo(1);
        assertThat(bods.out())
                .containsPattern(
                        "compound-cycle\\.json: COMPLETED \\(run bods-\\d+\\) — 12 read, 12 written, 0 rejected")
                .contains("  unknown interest types: 1");
        assertThat(bods.err()).contains("not-bods.json", "not BODS");

        var ftm = CommandRun.of(
                "ingest",
                "ftm",
                "-q",
                "--data-dir",
                dataDir.toString(),
                FIXTURES.resolve("ftm/compound-network.ftm.jsonl").toString());
        assertThat(ftm.exitCode()).as(ftm.out() + ftm.err()).isZero();
        assertThat(ftm.out()).contains("compound-network.ftm.jsonl: COMPLETED").contains("  not loaded vessel: 2");

        var bankPayments = CommandRun.of(
                "ingest",
                "ftm",
                "-q",
                "--data-dir",
                dataDir.toString(),
                FIXTURES.resolve("ftm/bank-payments.ftm.jsonl").toString());
        assertThat(bankPayments.exitCode())
                .as(bankPayments.out() + bankPayments.err())
                .isZero();
        assertThat(bankPayments.out())
                .contains("bank-payments.ftm.jsonl: COMPLETED")
                .contains("  payment transfers: 2")
                .contains("  payments not transfers: 4");

        var ofac = CommandRun.of(
                "ingest",
                "ofac",
                "-q",
                "--data-dir",
                dataDir.toString(),
                FIXTURES.resolve("ofac/sdn.xml").toString(),
                FIXTURES.resolve("ofac/csv").toString());
        assertThat(ofac.exitCode()).as(ofac.out() + ofac.err()).isZero();
        assertThat(ofac.out())
                .containsPattern("sdn\\.xml: COMPLETED \\(run ofac-\\d+\\) — 4 read, 4 written, 1 rejected")
                .contains("  designated wallets: 4")
                .contains("add.csv: COMPLETED", "alt.csv: COMPLETED", "sdn.csv: COMPLETED");

        var advanced = CommandRun.of(
                "ingest",
                "ofac",
                "-q",
                "--data-dir",
                dataDir.toString(),
                FIXTURES.resolve("ofac/sdn_advanced.xml").toString());
        assertThat(advanced.exitCode()).as(advanced.out() + advanced.err()).isZero();
        assertThat(advanced.out())
                .containsPattern("sdn_advanced\\.xml: COMPLETED \\(run ofac-\\d+\\) — 6 read, 6 written, 2 rejected")
                .contains("  designated wallets: 6");

        var designations = CommandRun.of(
                "ingest",
                "designations",
                "-q",
                "--data-dir",
                dataDir.toString(),
                FIXTURES.resolve("designations/compounds.csv").toString(),
                FIXTURES.resolve("designations/compounds.ftm.jsonl").toString());
        assertThat(designations.exitCode())
                .as(designations.out() + designations.err())
                .isZero();
        assertThat(designations.out())
                .containsPattern(
                        "compounds\\.csv: COMPLETED \\(run designations-\\d+\\) — 7 read, 2 written, 5 rejected")
                .contains("compounds.ftm.jsonl: COMPLETED");

        var again = CommandRun.of(
                "ingest",
                "ofac",
                "-q",
                "--data-dir",
                dataDir.toString(),
                FIXTURES.resolve("ofac/sdn.xml").toString());
        assertThat(again.out()).contains("sdn.xml: ALREADY_LOADED");
    }
}
