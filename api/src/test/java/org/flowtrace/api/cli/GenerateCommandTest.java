package org.flowtrace.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

    @Test
    void generate_writes_the_ledger_and_its_truth_and_says_what_it_planted(@TempDir Path dir) throws IOException {
        var run = CommandRun.of(
                "generate",
                "--seed",
                "3",
                "--accounts",
                "2000",
                "--transfers",
                "20000",
                "--laundering-rate",
                "0.01",
                "--out",
                dir.toString(),
                "-q");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .containsPattern("Generated 20,000 rows and 2,\\d{3} on-chain transfers")
                .contains("laundering patterns")
                .contains("look-alikes");
        assertThat(Files.lines(dir.resolve("ledger.csv")).count()).isEqualTo(20_001);
        assertThat(Files.readString(dir.resolve("truth.json")))
                .contains("\"typology\"", "\"ransoms\"", "\"coercedWorkers\"");
        assertThat(dir.resolve("bods.json")).exists();
        assertThat(dir.resolve("designations.csv")).exists();
        assertThat(dir.resolve("goaml")).isDirectoryContaining("glob:**.xml");
        assertThat(dir.resolve("camt053")).isDirectoryContaining("glob:**.xml");
        assertThat(dir.resolve("ethereum/token_transfers.csv")).exists();
        assertThat(dir.resolve("tagpacks/exchanges.yaml")).exists();
    }

    @Test
    void a_format_not_generated_is_refused_by_name(@TempDir Path dir) {
        var run = CommandRun.of("generate", "--formats", "ledger,pdf", "--out", dir.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains(
                        "Unknown format for --formats: 'pdf' (available: ledger, tron, ethereum, tagpacks, goaml, camt053, bods, designations)");
    }

    @Test
    void only_the_formats_asked_for_are_written(@TempDir Path dir) throws IOException {
        var run = CommandRun.of(
                "generate",
                "--accounts",
                "2000",
                "--transfers",
                "20000",
                "--formats",
                "tron,tagpacks",
                "--out",
                dir.toString(),
                "-q");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(dir.resolve("ledger.csv")).doesNotExist();
        assertThat(dir.resolve("ethereum")).doesNotExist();
        assertThat(dir.resolve("goaml")).doesNotExist();
        assertThat(dir.resolve("bods.json")).doesNotExist();
        assertThat(dir.resolve("tagpacks/exchanges.yaml")).exists();
        try (var tron = Files.list(dir.resolve("tron"))) {
            assertThat(tron.count()).isEqualTo(14);
        }
    }

    @Test
    void an_option_out_of_range_is_refused_by_name(@TempDir Path dir) {
        var run = CommandRun.of("generate", "--accounts", "5", "--out", dir.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--accounts must be at least 1,000");
    }
}
