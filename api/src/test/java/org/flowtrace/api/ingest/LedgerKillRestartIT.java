package org.flowtrace.api.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.flowtrace.api.Flowtrace;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.embedded.EmbeddedSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code flowtrace ingest ledger} process killed with SIGKILL part-way, then the same command
 * again: it resumes from the last committed chunk and ends with exactly the graph an uninterrupted
 * run gives. The graph is a Neo4j this test starts, so it can watch the load while the job runs.
 */
class LedgerKillRestartIT {

    private static final int ROWS = 40_000;

    @Test
    void a_killed_ledger_load_resumes_and_ends_with_the_graph_of_an_uninterrupted_run(
            @TempDir Path work, @TempDir Path killedServer, @TempDir Path cleanServer) throws Exception {
        var ledger = writeLedger(work.resolve("ledger.csv"));

        String resumedChecksum;
        try (var server = GraphConnection.embedded(EmbeddedSettings.inFolder(killedServer))) {
            var dataDir = work.resolve("killed-run");
            var first = start(ledger, server.displayUri(), dataDir);
            waitForTransfers(server, first, 4_000);
            first.destroyForcibly();
            assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
            var loadedWhenKilled = transfers(server);
            assertThat(loadedWhenKilled).as("killed part-way").isBetween(4_000L, (long) ROWS - 1);

            var second = start(ledger, server.displayUri(), dataDir);
            var output = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(second.waitFor(900, TimeUnit.SECONDS)).isTrue();
            assertThat(second.exitValue()).as(output).isZero();
            assertThat(output).contains("ledger.csv: COMPLETED");
            var resumedRead =
                    Long.parseLong(output.replaceAll("(?s).*COMPLETED \\(run [^)]+\\) — ([\\d,]+) read.*", "$1")
                            .replace(",", ""));
            assertThat(resumedRead)
                    .as("the second run read only what the first had not committed")
                    .isLessThan(ROWS);
            assertThat(transfers(server)).isEqualTo(ROWS);
            resumedChecksum = checksum(server);
        }

        try (var server = GraphConnection.embedded(EmbeddedSettings.inFolder(cleanServer))) {
            var clean = start(ledger, server.displayUri(), work.resolve("clean-run"));
            var output = new String(clean.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(clean.waitFor(900, TimeUnit.SECONDS)).isTrue();
            assertThat(clean.exitValue()).as(output).isZero();
            assertThat(checksum(server)).isEqualTo(resumedChecksum);
        }
    }

    private static Process start(Path ledger, String boltUri, Path dataDir) throws IOException {
        var java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(List.of(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        Flowtrace.class.getName(),
                        "ingest",
                        "ledger",
                        ledger.toString(),
                        "--neo4j-uri",
                        boltUri,
                        "--data-dir",
                        dataDir.toString(),
                        "--chunk-size",
                        "500",
                        "--quiet"))
                .redirectErrorStream(true)
                .start();
    }

    private static void waitForTransfers(GraphConnection server, Process process, long atLeast)
            throws InterruptedException {
        var deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (transfers(server) < atLeast) {
            assertThat(process.isAlive()).as("the load is still running").isTrue();
            assertThat(System.nanoTime())
                    .as("transfers appear within 10 minutes")
                    .isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private static long transfers(GraphConnection server) {
        return server.readQuery("MATCH ()-[t:TRANSFER]->() RETURN count(t) AS c")
                .execute()
                .records()
                .getFirst()
                .get("c")
                .asLong();
    }

    /** SHA-256 over every transfer (id, endpoints, amount, asset, time) and every account, in key order. */
    private static String checksum(GraphConnection server) throws Exception {
        var digest = MessageDigest.getInstance("SHA-256");
        server.readQuery("""
                        MATCH (a)-[t:TRANSFER]->(b)
                        RETURN t.id + '|' + a.key + '|' + b.key + '|' + t.amount + '|' + t.asset + '|' + toString(t.at) AS line
                        ORDER BY line
                        """)
                .execute()
                .records()
                .forEach(r -> digest.update((r.get("line").asString() + "\n").getBytes(StandardCharsets.UTF_8)));
        server.readQuery("MATCH (a:Account) RETURN a.key AS line ORDER BY line")
                .execute()
                .records()
                .forEach(r -> digest.update((r.get("line").asString() + "\n").getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(digest.digest());
    }

    /** A deterministic AMLworld-layout ledger of {@link #ROWS} distinct rows among 2,000 accounts. */
    private static Path writeLedger(Path file) throws IOException {
        var random = new Random(42);
        var format = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");
        var start = LocalDateTime.of(2026, 3, 1, 0, 0);
        var lines = new ArrayList<String>(ROWS + 1);
        lines.add(
                "Timestamp,From Bank,Account,To Bank,Account,Amount Received,Receiving Currency,Amount Paid,Payment Currency,Payment Format,Is Laundering");
        for (int i = 0; i < ROWS; i++) {
            var amount = "%d.%02d".formatted(1 + random.nextInt(20_000), i % 100);
            lines.add("%s,%03d,ACC%05d,%03d,ACC%05d,%s,US Dollar,%s,US Dollar,Wire,0"
                    .formatted(
                            start.plusMinutes(i).format(format),
                            random.nextInt(20),
                            random.nextInt(2_000),
                            random.nextInt(20),
                            random.nextInt(2_000),
                            amount,
                            amount));
        }
        return Files.write(file, lines);
    }
}
