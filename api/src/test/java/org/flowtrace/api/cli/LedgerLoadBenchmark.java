package org.flowtrace.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Load speed of a ledger in the AMLworld layout, both paths on the same rows: the transactional
 * Spring Batch job into a live (embedded) database, and the bulk initial load through the import
 * tool. Run with
 *
 * <pre>./mvnw -B -Pbench -pl api -am verify -Dtest=LedgerLoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=none -Dfailsafe.failIfNoSpecifiedTests=false
 *   [-Dbench.rows=5000000] [-Dbench.accounts=100000] [-Dbench.paths=bulk,incremental]</pre>
 *
 * The figures go to stdout and {@code api/target/ledger-load-benchmark.md}.
 */
class LedgerLoadBenchmark {

    private static final int ROWS = Integer.getInteger("bench.rows", 5_000_000);
    private static final int ACCOUNTS = Integer.getInteger("bench.accounts", 100_000);
    private static final String PATHS = System.getProperty("bench.paths", "bulk,incremental");

    @Test
    void ledger_load_rates(@TempDir Path work) throws IOException {
        var ledger = generate(work.resolve("ledger.csv"));
        var report = new StringBuilder("| path | rows | seconds | transfers/s |\n|---|---|---|---|\n");
        if (PATHS.contains("bulk")) {
            report.append(measure(
                    "bulk (import tool)",
                    "ingest",
                    "ledger",
                    "--bulk",
                    ledger.toString(),
                    "--data-dir",
                    work.resolve("bulk").toString(),
                    "-q"));
        }
        if (PATHS.contains("incremental")) {
            report.append(measure(
                    "incremental (Spring Batch job)",
                    "ingest",
                    "ledger",
                    ledger.toString(),
                    "--data-dir",
                    work.resolve("incremental").toString(),
                    "-q"));
        }
        var text = "Ledger load, %,d AMLworld-layout rows among %,d accounts, %d cores, max heap %d MB, %s%n%n%s"
                .formatted(
                        ROWS,
                        ACCOUNTS,
                        Runtime.getRuntime().availableProcessors(),
                        Runtime.getRuntime().maxMemory() >> 20,
                        Runtime.version(),
                        report);
        System.out.println(text);
        Files.writeString(Path.of("target/ledger-load-benchmark.md"), text);
    }

    private static String measure(String name, String... args) {
        long started = System.nanoTime();
        var run = CommandRun.of(args);
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(run.exitCode()).as(run.err()).isZero();
        return "| %s | %,d | %.1f | %,.0f |%n".formatted(name, ROWS, seconds, ROWS / seconds);
    }

    /** Deterministic rows (seed 42): heavy-tailed amounts, one row per second, payment formats and currencies of AMLworld. */
    private static Path generate(Path file) throws IOException {
        var random = new SplittableRandom(42);
        var time = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");
        var start = LocalDateTime.of(2022, 9, 1, 0, 0);
        String[] formats = {"Wire", "ACH", "Cheque", "Credit Card", "Cash", "Reinvestment"};
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(
                    "Timestamp,From Bank,Account,To Bank,Account,Amount Received,Receiving Currency,Amount Paid,Payment Currency,Payment Format,Is Laundering\n");
            for (int i = 0; i < ROWS; i++) {
                int from = random.nextInt(ACCOUNTS);
                int to = random.nextInt(ACCOUNTS);
                long cents = (long) Math.exp(random.nextDouble() * 14) + i % 100;
                var amount = "%d.%02d".formatted(cents / 100, cents % 100);
                out.write("%s,%05d,%09X,%05d,%09X,%s,US Dollar,%s,US Dollar,%s,%d\n"
                        .formatted(
                                start.plusSeconds(i).format(time),
                                from % 500,
                                from,
                                to % 500,
                                to,
                                amount,
                                amount,
                                formats[random.nextInt(formats.length)],
                                random.nextInt(1000) == 0 ? 1 : 0));
            }
        }
        return file;
    }
}
