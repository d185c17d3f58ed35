package org.flowtrace.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.embedded.EmbeddedSettings;
import org.flowtrace.graph.schema.SchemaMigrations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** flowtrace against a Neo4j it did not start: here a server this test starts on its own folder and port. */
class ExternalNeo4jIT {

    @Test
    void with_a_neo4j_uri_flowtrace_migrates_and_reads_that_server_and_starts_no_embedded_store(
            @TempDir Path serverDir, @TempDir Path flowtraceDir) {
        try (var server = GraphConnection.embedded(EmbeddedSettings.inFolder(serverDir))) {
            server.query("CREATE (:Account {key: 'BANK:1', prov: []})").execute();

            var run =
                    CommandRun.of("status", "--neo4j-uri", server.displayUri(), "--data-dir", flowtraceDir.toString());

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out())
                    .containsPattern("Neo4j +2026\\.\\d+\\.\\d+ community, external")
                    .contains("Bolt           " + server.displayUri())
                    .contains("Store          (external server)")
                    .contains("Schema         version " + SchemaMigrations.LATEST_VERSION)
                    .contains("Nodes          1")
                    .containsPattern("Account +1");
            var migrations = server.readQuery(
                            "MATCH (m:__Neo4jMigration) WHERE m.version <> 'BASELINE' RETURN count(m) AS c")
                    .execute()
                    .records()
                    .getFirst()
                    .get("c")
                    .asLong();
            assertThat(migrations).isEqualTo(SchemaMigrations.SCRIPT_COUNT);
            assertThat(flowtraceDir.resolve("neo4j")).doesNotExist();
        }
    }

    @Test
    void an_unreachable_neo4j_uri_is_a_clear_error(@TempDir Path flowtraceDir) {
        var run = CommandRun.of("status", "--neo4j-uri", "bolt://127.0.0.1:1", "--data-dir", flowtraceDir.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("flowtrace: cannot connect to Neo4j:").doesNotContain("at org.");
    }
}
