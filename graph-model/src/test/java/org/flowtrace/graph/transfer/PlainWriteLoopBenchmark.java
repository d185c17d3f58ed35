package org.flowtrace.graph.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.embedded.EmbeddedSettings;
import org.flowtrace.graph.model.Transfer;
import org.flowtrace.graph.schema.SchemaMigrations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ceiling of any writer of transfers through the driver on this machine: a plain single-session
 * loop ({@code UNWIND $rows MERGE} both accounts, {@code CREATE} the relationship, one transaction per
 * batch), with every row built before the clock starts, so no reading, parsing, job or provenance of
 * the endpoints is counted. Run with
 *
 * <pre>./mvnw -B -Pbench -pl graph-model test -Dtest=PlainWriteLoopBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 *   [-Dbench.transfers=1000000] [-Dbench.batch=10000] [-Dbench.properties=minimal|transfer]</pre>
 *
 * {@code minimal}: the three properties of the loop in the stack notes (id, amount, time);
 * {@code transfer}: the properties {@link TransferProperties#relationship} stores, with {@code id} and
 * the {@code prov} entry. Both run on the production schema (the transfer-id uniqueness constraint and
 * the relationship indexes). The JVM's CPU time per transfer counts the driver and the database
 * together; two cores give at most {@code 2 s / (CPU per transfer)} transfers a second whatever the
 * writer. The figures go to stdout and {@code graph-model/target/plain-write-loop-benchmark.md}.
 */
class PlainWriteLoopBenchmark {

    private static final int TRANSFERS = Integer.getInteger("bench.transfers", 1_000_000);
    private static final int BATCH = Integer.getInteger("bench.batch", 10_000);
    private static final String PROPERTIES = System.getProperty("bench.properties", "transfer");

    private static final String LOOP = """
            UNWIND $rows AS row
            MERGE (a:Account {key: row.fromKey})
            MERGE (b:Account {key: row.toKey})
            CREATE (a)-[t:TRANSFER]->(b)
            SET t = row.props
            """;

    @Test
    void plain_loop_rate(@TempDir Path dir) throws IOException {
        var batches = batches();
        try (var graph = GraphConnection.embedded(EmbeddedSettings.inFolder(dir))) {
            new SchemaMigrations(graph).apply();
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            System.gc();
            long cpu = os.getProcessCpuTime();
            long started = System.nanoTime();
            for (var rows : batches) {
                try (var session = graph.driver().session(graph.sessionConfig())) {
                    session.executeWriteWithoutResult(
                            tx -> tx.run(LOOP, Map.of("rows", rows)).consume());
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
            try (var session = graph.driver().session(graph.sessionConfig())) {
                assertThat(session.run("MATCH ()-[t:TRANSFER]->() RETURN count(t) AS n")
                                .single()
                                .get("n")
                                .asLong())
                        .isEqualTo(TRANSFERS);
            }
            double cpuPerTransfer = cpuSeconds * 1e6 / TRANSFERS;
            var text = """
                    Plain write loop, %s properties, %,d transfers among %,d accounts, %,d per transaction, %d cores, %s

                    | seconds | transfers/s | JVM CPU s | CPU µs per transfer | ceiling on %d cores (transfers/s) |
                    |---:|---:|---:|---:|---:|
                    | %.1f | %,.0f | %.1f | %.0f | %,.0f |
                    """.formatted(
                            PROPERTIES,
                            TRANSFERS,
                            TransferWriterBenchmark.ACCOUNTS,
                            BATCH,
                            Runtime.getRuntime().availableProcessors(),
                            Runtime.version(),
                            Runtime.getRuntime().availableProcessors(),
                            seconds,
                            TRANSFERS / seconds,
                            cpuSeconds,
                            cpuPerTransfer,
                            Runtime.getRuntime().availableProcessors() * 1e6 / cpuPerTransfer);
            System.out.println(text);
            Files.writeString(Path.of("target/plain-write-loop-benchmark.md"), text);
        }
    }

    /** The rows of every batch, built before the clock starts (same transfers as the writer benchmark). */
    private static List<List<Map<String, Object>>> batches() {
        var sha = HexFormat.of().formatHex(new byte[32]);
        var random = new SplittableRandom(42);
        var start = Instant.parse("2022-09-01T00:00:00Z");
        var batches = new ArrayList<List<Map<String, Object>>>();
        for (int from = 0; from < TRANSFERS; from += BATCH) {
            var rows = new ArrayList<Map<String, Object>>(BATCH);
            for (int i = from; i < Math.min(TRANSFERS, from + BATCH); i++) {
                rows.add(row(TransferWriterBenchmark.transfer(i, random, start, sha)));
            }
            batches.add(rows);
        }
        return batches;
    }

    private static Map<String, Object> row(Transfer transfer) {
        Map<String, Object> props;
        if ("minimal".equals(PROPERTIES)) {
            props = Map.of(
                    "id", transfer.id(),
                    "amount", transfer.amount().canonical(),
                    "at", transfer.at().atOffset(ZoneOffset.UTC));
        } else {
            var all = new HashMap<>(TransferProperties.relationship(transfer));
            all.put("id", transfer.id());
            all.put("prov", List.of(transfer.provenance().encoded()));
            props = all;
        }
        return Map.of("fromKey", transfer.from().key(), "toKey", transfer.to().key(), "props", props);
    }
}
