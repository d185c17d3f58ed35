package org.flowtrace.graph.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.embedded.EmbeddedSettings;
import org.flowtrace.graph.model.AccountRef;
import org.flowtrace.graph.model.Asset;
import org.flowtrace.graph.model.Money;
import org.flowtrace.graph.model.Provenance;
import org.flowtrace.graph.model.Transfer;
import org.flowtrace.graph.model.UsdValue;
import org.flowtrace.graph.schema.SchemaMigrations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Write rate of {@link TransferWriter} alone (no reader, no job), into a fresh embedded database with
 * the production schema: ledger-like USD transfers between uniformly drawn accounts, written in
 * batches as the ingest jobs write them, then the same batches again (the idempotent re-run). Run with
 *
 * <pre>./mvnw -B -Pbench -pl graph-model test -Dtest=TransferWriterBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 *   [-Dbench.transfers=1000000] [-Dbench.accounts=100000] [-Dbench.batch=5000]</pre>
 *
 * The figures go to stdout and {@code graph-model/target/transfer-writer-benchmark.md}.
 */
class TransferWriterBenchmark {

    private static final int TRANSFERS = Integer.getInteger("bench.transfers", 1_000_000);
    static final int ACCOUNTS = Integer.getInteger("bench.accounts", 100_000);
    private static final int BATCH = Integer.getInteger("bench.batch", 5_000);

    @Test
    void transfer_writer_rate(@TempDir Path dir) throws IOException {
        var sha = HexFormat.of().formatHex(new byte[32]);
        try (var graph = GraphConnection.embedded(EmbeddedSettings.inFolder(dir))) {
            new SchemaMigrations(graph).apply();
            var writer = new TransferWriter(graph);
            var first = measure(writer, sha);
            var again = measure(writer, sha);
            try (var session = graph.driver().session(graph.sessionConfig())) {
                var count = session.run("MATCH ()-[t:TRANSFER]->() RETURN count(t) AS n")
                        .single()
                        .get("n")
                        .asLong();
                assertThat(count).isEqualTo(TRANSFERS);
            }
            var text = """
                    TransferWriter, %,d transfers among %,d accounts, %,d per transaction, %d cores, %s

                    | pass | seconds | transfers/s | JVM CPU s |
                    |---|---:|---:|---:|
                    | first load | %.1f | %,.0f | %.1f |
                    | re-run (nothing new) | %.1f | %,.0f | %.1f |
                    """.formatted(
                            TRANSFERS,
                            ACCOUNTS,
                            BATCH,
                            Runtime.getRuntime().availableProcessors(),
                            Runtime.version(),
                            first[0],
                            TRANSFERS / first[0],
                            first[1],
                            again[0],
                            TRANSFERS / again[0],
                            again[1]);
            System.out.println(text);
            Files.writeString(Path.of("target/transfer-writer-benchmark.md"), text);
        }
    }

    /** Seconds and JVM CPU seconds to write every batch. */
    private static double[] measure(TransferWriter writer, String sha) {
        var random = new SplittableRandom(42);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long started = System.nanoTime();
        var start = Instant.parse("2022-09-01T00:00:00Z");
        for (int from = 0; from < TRANSFERS; from += BATCH) {
            var batch = new ArrayList<Transfer>(BATCH);
            for (int i = from; i < Math.min(TRANSFERS, from + BATCH); i++) {
                batch.add(transfer(i, random, start, sha));
            }
            writer.write(List.copyOf(batch));
        }
        return new double[] {(System.nanoTime() - started) / 1e9, (os.getProcessCpuTime() - cpu) / 1e9};
    }

    static Transfer transfer(int i, SplittableRandom random, Instant start, String sha) {
        int from = random.nextInt(ACCOUNTS);
        int to = random.nextInt(ACCOUNTS);
        long cents = (long) Math.exp(random.nextDouble() * 14) + i % 100;
        var amount = new Money(BigDecimal.valueOf(cents, 2), Asset.currency("USD"));
        var at = start.plusSeconds(i);
        return new Transfer(
                "ledger:%016x".formatted(random.nextLong()),
                new AccountRef("%05d".formatted(from % 500), "%09X".formatted(from)),
                new AccountRef("%05d".formatted(to % 500), "%09X".formatted(to)),
                amount,
                at,
                null,
                UsdValue.of(amount, BigDecimal.ONE, "USD", LocalDate.ofInstant(at, ZoneOffset.UTC)),
                new Provenance("ledger-1", sha, "line " + (i + 2)),
                null,
                "Wire");
    }
}
