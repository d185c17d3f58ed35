package org.flowtrace.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.flowtrace.graph.schema.SchemaMigrations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatusCommandIT {

    @Test
    void status_on_a_new_data_folder_starts_the_embedded_neo4j_and_reports_an_empty_migrated_graph(
            @TempDir Path dataDir) {
        var run = CommandRun.of("status", "--data-dir", dataDir.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .containsPattern("Neo4j +2026\\.\\d+\\.\\d+ community, embedded")
                .containsPattern("Bolt +bolt://127\\.0\\.0\\.1:\\d+")
                .contains("Store          " + dataDir.toAbsolutePath().resolve("neo4j"))
                .contains("Schema         version " + SchemaMigrations.LATEST_VERSION + " ("
                        + SchemaMigrations.SCRIPT_COUNT + " migrations applied)")
                .contains("Nodes          0")
                .contains("Relationships  0")
                .contains("Ingest runs    none yet");
        assertThat(dataDir.resolve("job-repository")).isDirectory();
        assertThat(dataDir.resolve("neo4j")).isDirectory();
    }

    @Test
    void a_second_status_on_the_same_folder_finds_the_schema_already_in_place(@TempDir Path dataDir) {
        assertThat(CommandRun.of("status", "--data-dir", dataDir.toString()).exitCode())
                .isZero();

        var again = CommandRun.of("status", "--data-dir", dataDir.toString());

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out())
                .contains("Schema         version " + SchemaMigrations.LATEST_VERSION + " ("
                        + SchemaMigrations.SCRIPT_COUNT + " migrations applied)");
    }

    @Test
    void unknown_commands_and_options_are_named_and_exit_with_2(@TempDir Path dataDir) {
        var unknownCommand = CommandRun.of("launder");
        var unknownOption = CommandRun.of("status", "--colour", "red");

        assertThat(unknownCommand.exitCode()).isEqualTo(2);
        assertThat(unknownCommand.err()).contains("Unmatched argument at index 0: 'launder'");
        assertThat(unknownOption.exitCode()).isEqualTo(2);
        assertThat(unknownOption.err()).contains("Unknown option", "'--colour'");
        assertThat(Files.exists(dataDir.resolve("neo4j"))).isFalse();
    }

    @Test
    void help_lists_the_commands() {
        var run = CommandRun.of("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("status", "serve", "Exit codes:");
    }
}
