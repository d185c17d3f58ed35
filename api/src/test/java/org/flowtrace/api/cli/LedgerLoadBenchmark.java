package org.flowtrace.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.flowtrace.samples.generator.DataSetFormat;
import org.flowtrace.samples.generator.GeneratorOptions;
import org.flowtrace.samples.generator.LedgerGenerator;
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
        var ledger = generate(work.resolve("data"));
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
        var text =
                "Ledger load, %,d rows of `flowtrace generate --seed 42` among %,d accounts, %d cores, max heap %d MB, %s%n%n%s"
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

    /** The rows of {@code flowtrace generate --seed 42} with the benchmark's sizes. */
    private static Path generate(Path dir) {
        var options = new GeneratorOptions(
                42,
                ACCOUNTS,
                ROWS,
                GeneratorOptions.DEFAULT_LAUNDERING_RATE,
                GeneratorOptions.DEFAULT_START,
                dir,
                Set.of(DataSetFormat.LEDGER));
        return new LedgerGenerator(options).generate(rows -> {}).ledger();
    }
}
