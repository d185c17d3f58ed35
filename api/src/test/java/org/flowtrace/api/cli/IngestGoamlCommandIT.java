package org.flowtrace.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestGoamlCommandIT {

    private static final Path FIXTURES = Path.of("../ingest-jobs/src/test/resources/fixtures/goaml");

    @Test
    void ingest_goaml_loads_a_file_and_a_second_run_finds_it_already_loaded(@TempDir Path dataDir) {
        var file = FIXTURES.resolve("multi-report.xml").toString();

        var run = CommandRun.of("ingest", "goaml", file, "--data-dir", dataDir.toString(), "--quiet");
        var again = CommandRun.of("ingest", "goaml", file, "--data-dir", dataDir.toString(), "--quiet");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("multi-report.xml: COMPLETED (run goaml-", "3 read, 3 written, 0 rejected");
        assertThat(again.out()).contains("multi-report.xml: ALREADY_LOADED");
    }

    @Test
    void a_schema_option_validates_against_the_fius_schema_and_rejects_are_listed(@TempDir Path dataDir) {
        var run = CommandRun.of(
                "ingest",
                "goaml",
                FIXTURES.resolve("code-lists.xml").toString(),
                "--schema",
                FIXTURES.resolve("fiu-schema.xsd").toString(),
                "--data-dir",
                dataDir.toString(),
                "--quiet");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("code-lists.xml: COMPLETED", "2 read, 2 written, 0 rejected");
    }

    @Test
    void a_file_that_is_not_goaml_is_reported_and_the_command_fails(@TempDir Path dataDir) {
        var run = CommandRun.of(
                "ingest",
                "goaml",
                FIXTURES.resolve("not-goaml.xml").toString(),
                "--data-dir",
                dataDir.toString(),
                "--quiet");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("not a goAML file: root element <Document>");
    }
}
