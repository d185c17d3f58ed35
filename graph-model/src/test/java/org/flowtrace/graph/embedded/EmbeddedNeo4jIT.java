package org.flowtrace.graph.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.flowtrace.graph.connection.GraphConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedNeo4jIT {

    @Test
    void a_second_process_on_a_locked_data_folder_gets_a_clear_error_and_the_store_stays_intact(@TempDir Path dataDir)
            throws Exception {
        try (var graph = GraphConnection.embedded(EmbeddedSettings.inFolder(dataDir))) {
            graph.query("CREATE (:Probe {n: 1})").execute();

            var second = runProbe(dataDir);

            assertThat(second.exitCode()).as(second.output()).isEqualTo(3);
            assertThat(second.output())
                    .contains("data folder " + dataDir.toAbsolutePath())
                    .contains("in use by process " + ProcessHandle.current().pid())
                    .contains("connect with --neo4j-uri " + graph.displayUri());
            assertThat(graph.readQuery("MATCH (p:Probe) RETURN count(p) AS c")
                            .execute()
                            .records()
                            .getFirst()
                            .get("c")
                            .asLong())
                    .isEqualTo(1);
        }
    }

    @Test
    void the_folder_is_free_again_once_the_holder_stops(@TempDir Path dataDir) throws Exception {
        try (var graph = GraphConnection.embedded(EmbeddedSettings.inFolder(dataDir))) {
            graph.query("CREATE (:Probe {n: 1})").execute();
        }

        var second = runProbe(dataDir);

        assertThat(second.exitCode()).as(second.output()).isZero();
        assertThat(second.output()).contains("started bolt://127.0.0.1:");
    }

    @Test
    void bolt_listens_on_loopback_and_a_driver_runs_queries_over_it(@TempDir Path dataDir) {
        try (var graph = GraphConnection.embedded(EmbeddedSettings.inFolder(dataDir))) {
            assertThat(graph.displayUri()).startsWith("bolt://127.0.0.1:");
            assertThat(graph.readQuery("RETURN 1 AS one")
                            .execute()
                            .records()
                            .getFirst()
                            .get("one")
                            .asInt())
                    .isEqualTo(1);
            assertThat(graph.storeDir()).contains(dataDir.toAbsolutePath().resolve("neo4j"));
        }
    }

    private record ProbeResult(int exitCode, String output) {}

    private static ProbeResult runProbe(Path dataDir) throws IOException, InterruptedException {
        var java = ProcessHandle.current().info().command().orElse("java");
        var process = new ProcessBuilder(List.of(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        DataFolderProbe.class.getName(),
                        dataDir.toString()))
                .redirectErrorStream(true)
                .start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new ProbeResult(process.exitValue(), output);
    }
}
