package org.flowtrace.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Load rate of a large multi-report goAML file through {@code flowtrace ingest goaml} (validation against
 * the bundled schema, StAX streaming, the transactional writer). A synthetic file is generated
 * deterministically (seed 42) in the layout of the goAML fixtures: {@code bench.reports} STRs of one
 * reporting entity (default 2,000) with {@code bench.transactions} transactions each (default 50, so
 * 100,000 transactions), each from a client's account to a non-client's account drawn from a pool of
 * 20,000 accounts at 40 banks, amounts of two decimals, times spread over a year. Run with
 *
 * <pre>./mvnw -B -Pbench -pl api -am verify -Dtest=GoamlLoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=none -Dfailsafe.failIfNoSpecifiedTests=false
 *   [-Dbench.reports=2000] [-Dbench.transactions=50]</pre>
 *
 * The time includes starting the application and the embedded Neo4j; so does the JVM's CPU time, given
 * beside it with the one-minute load average at the end (the machine may be shared). The figures go to stdout and
 * {@code api/target/goaml-load-benchmark.md}.
 */
class GoamlLoadBenchmark {

    private static final int REPORTS = Integer.getInteger("bench.reports", 2_000);
    private static final int TRANSACTIONS = Integer.getInteger("bench.transactions", 50);
    private static final int ACCOUNTS = 20_000;
    private static final int BANKS = 40;

    @Test
    void goaml_multi_report_load_rate(@TempDir Path work) throws IOException {
        var file = generate(work.resolve("reports.xml"));
        long transactions = (long) REPORTS * TRANSACTIONS;
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuStarted = os.getProcessCpuTime();
        long started = System.nanoTime();
        var run = CommandRun.of(
                "ingest",
                "goaml",
                file.toString(),
                "--data-dir",
                work.resolve("data").toString(),
                "-q");
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuSeconds = (os.getProcessCpuTime() - cpuStarted) / 1e9;
        double load = os.getSystemLoadAverage();
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("%,d written, 0 rejected".formatted(REPORTS));
        var text = "goAML load, %,d reports with %,d transactions (%,d bytes), %d cores, max heap %d MB, %s%n%n"
                        .formatted(
                                REPORTS,
                                transactions,
                                Files.size(file),
                                Runtime.getRuntime().availableProcessors(),
                                Runtime.getRuntime().maxMemory() >> 20,
                                Runtime.version())
                + "| reports | transactions | seconds (incl. start-up) | transactions/s | JVM CPU seconds | load average |\n"
                + "|---|---|---|---|---|---|\n"
                + "| %,d | %,d | %.1f | %,.0f | %.1f | %.2f |%n"
                        .formatted(REPORTS, transactions, seconds, transactions / seconds, cpuSeconds, load)
                + "\n" + run.out();
        System.out.println(text);
        Files.writeString(Path.of("target/goaml-load-benchmark.md"), text);
    }

    /** A deterministic file of {@link #REPORTS} reports under a {@code <reports>} wrapper (seed 42). */
    private static Path generate(Path file) throws IOException {
        var random = new SplittableRandom(42);
        var start = LocalDateTime.parse("2026-01-01T00:00:00");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<reports>\n");
            for (int r = 1; r <= REPORTS; r++) {
                out.write("<report><rentity_id>7003</rentity_id><submission_code>E</submission_code>"
                        + "<report_code>STR</report_code><entity_reference>BR-" + r + "</entity_reference>"
                        + "<submission_date>" + start.plusDays(360) + ":00</submission_date>"
                        + "<currency_code_local>USD</currency_code_local><reason>Reason of BR-" + r
                        + "</reason><action>Action of BR-" + r + "</action>\n");
                for (int t = 1; t <= TRANSACTIONS; t++) {
                    var number = "BR-" + r + "-T" + t;
                    var at = start.plusSeconds(random.nextLong(360L * 86_400));
                    var amount = "%d.%02d".formatted(100 + random.nextInt(20_000), random.nextInt(100));
                    out.write("<transaction><transactionnumber>" + number + "</transactionnumber>"
                            + "<internal_ref_number>INT-" + number + "</internal_ref_number>"
                            + "<transaction_location>Phnom Penh</transaction_location>"
                            + "<transaction_description>Transfer " + number + "</transaction_description>"
                            + "<date_transaction>" + at + (at.getSecond() == 0 ? ":00" : "") + "</date_transaction>"
                            + "<transmode_code>ELCFT</transmode_code><amount_local>" + amount + "</amount_local>"
                            + "<t_from_my_client><from_funds_code>K</from_funds_code>"
                            + account("from", random)
                            + "<from_country>KH</from_country></t_from_my_client>"
                            + "<t_to><to_funds_code>K</to_funds_code>"
                            + account("to", random)
                            + "<to_country>KH</to_country></t_to></transaction>\n");
                }
                out.write("<report_indicators><indicator>STRUC</indicator></report_indicators></report>\n");
            }
            out.write("</reports>\n");
        }
        return file;
    }

    private static String account(String side, SplittableRandom random) {
        int number = random.nextInt(ACCOUNTS);
        int bank = number % BANKS;
        var swift = "ZB" + (char) ('A' + bank / 26) + (char) ('A' + bank % 26) + "KHPP";
        return "<" + side + "_account><institution_name>Bank " + swift + "</institution_name><swift>" + swift
                + "</swift><branch>Main</branch><account>ACC-" + number + "</account>"
                + "<currency_code>USD</currency_code><account_name>Holder " + number + "</account_name></" + side
                + "_account>";
    }
}
