package org.flowtrace.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.flowtrace.api.Flowtrace;
import org.flowtrace.graph.schema.SchemaMigrations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

/** {@code flowtrace serve} run as its own process, as a user runs it. */
class ServeCommandIT {

    @Test
    void serve_prints_a_bolt_uri_that_a_driver_can_query_and_holds_the_folder_against_a_second_process(
            @TempDir Path dataDir) throws Exception {
        var java = ProcessHandle.current().info().command().orElse("java");
        var process = new ProcessBuilder(List.of(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        Flowtrace.class.getName(),
                        "serve",
                        "--port",
                        "0",
                        "--data-dir",
                        dataDir.toString()))
                .redirectErrorStream(true)
                .start();
        try {
            var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            var boltLine = CompletableFuture.supplyAsync(() -> reader.lines()
                            .filter(line -> line.startsWith("Bolt URI: "))
                            .findFirst()
                            .orElse("(serve ended without printing a Bolt URI)"))
                    .get(600, TimeUnit.SECONDS);
            assertThat(boltLine).startsWith("Bolt URI: bolt://127.0.0.1:");
            var uri = URI.create(boltLine.substring("Bolt URI: ".length()).strip());

            try (var driver = GraphDatabase.driver(uri, AuthTokens.none())) {
                var one = driver.executableQuery("RETURN 1 AS one")
                        .execute()
                        .records()
                        .getFirst()
                        .get("one")
                        .asInt();
                assertThat(one).isEqualTo(1);
            }

            var second = CommandRun.of("status", "--data-dir", dataDir.toString());
            assertThat(second.exitCode()).as(second.err()).isEqualTo(3);
            assertThat(second.err())
                    .contains("in use by process " + process.pid())
                    .contains("connect with --neo4j-uri " + uri);

            var viaUri = CommandRun.of(
                    "status",
                    "--neo4j-uri",
                    uri.toString(),
                    "--data-dir",
                    dataDir.resolve("client").toString());
            assertThat(viaUri.exitCode()).as(viaUri.err()).isZero();
            assertThat(viaUri.out()).contains("external", "Schema         version " + SchemaMigrations.LATEST_VERSION);
        } finally {
            process.destroy();
            assertThat(process.waitFor(120, TimeUnit.SECONDS))
                    .as("serve stops on SIGTERM")
                    .isTrue();
        }

        var afterStop = CommandRun.of("status", "--data-dir", dataDir.toString());
        assertThat(afterStop.exitCode()).as(afterStop.err()).isZero();
    }
}
