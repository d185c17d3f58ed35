package org.flowtrace.analytics.tracing;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.flowtrace.graph.bulk.TransferBulkImport;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.embedded.EmbeddedSettings;
import org.flowtrace.graph.model.AccountRef;
import org.flowtrace.graph.model.Asset;
import org.flowtrace.graph.model.IngestRun;
import org.flowtrace.graph.model.Money;
import org.flowtrace.graph.model.Provenance;
import org.flowtrace.graph.model.SourceFile;
import org.flowtrace.graph.model.Transfer;
import org.flowtrace.graph.model.UsdValue;
import org.flowtrace.graph.schema.SchemaMigrations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tracing at scale (bench profile only): a synthetic ledger of {@code bench.transfers} USD transfers
 * among {@code bench.accounts} accounts — senders and receivers drawn from independent heavy-tailed
 * distributions (the account of rank k is drawn with probability ∝ k^(-1/3), so a few hubs have
 * thousands of transfers and most accounts a few dozen), times strictly increasing, log-normal amounts
 * around 500 USD, fixed seed — bulk-imported into an embedded Neo4j with the production schema. Then:
 *
 * <ol>
 *   <li>{@code bench.starts} backward LIBR traces of 6 hops from transfers drawn in the last fifth of the
 *       time range (after {@code bench.warmup} others), latency at the client: median, p95, max;
 *   <li>a restitution schedule (LIBR) for {@code bench.victims} victims, one payment each drawn uniformly,
 *       traced forward {@code bench.restitutionHops} hops, timed end to end.
 * </ol>
 *
 * <pre>
 * ./mvnw -B -Pbench -pl analytics -am test -Dtest=TracingBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     [-Dbench.transfers=1000000] [-Dbench.accounts=100000] [-Dbench.starts=100] [-Dbench.victims=1000]
 * </pre>
 *
 * Results go to stdout and {@code analytics/target/tracing-benchmark.md}.
 */
class TracingBenchmark {

    private static final int TRANSFERS = Integer.getInteger("bench.transfers", 1_000_000);
    private static final int ACCOUNTS = Integer.getInteger("bench.accounts", 100_000);
    private static final int STARTS = Integer.getInteger("bench.starts", 100);
    private static final int WARMUP = Integer.getInteger("bench.warmup", 20);
    private static final int VICTIMS = Integer.getInteger("bench.victims", 1_000);
    private static final int RESTITUTION_HOPS = Integer.getInteger("bench.restitutionHops", 6);
    private static final long SEED = Long.getLong("bench.seed", 20261129L);
    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

    @TempDir
    Path dir;

    @Test
    void backward_libr_trace_of_six_hops_and_a_restitution_schedule_for_many_victims() throws IOException {
        var report = new StringBuilder("# Tracing benchmark\n\n");
        long loadStart = System.nanoTime();
        var ids = load(dir);
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        line(
                report,
                "transfers %,d among %,d accounts, seed %d; generated and bulk-imported in %.1f s",
                TRANSFERS,
                ACCOUNTS,
                SEED,
                loadSeconds);
        try (var graph = GraphConnection.embedded(EmbeddedSettings.inFolder(dir))) {
            long migrate = System.nanoTime();
            new SchemaMigrations(graph).apply();
            line(
                    report,
                    "schema migrations (constraints and indexes over the imported graph): %.1f s",
                    (System.nanoTime() - migrate) / 1e9);
            var random = new Random(SEED + 1);
            var tracer = new Tracer(graph);
            var latencies = new ArrayList<Double>();
            long hops = 0;
            long origins = 0;
            for (int i = 0; i < WARMUP + STARTS; i++) {
                var id = ids[TRANSFERS - 1 - random.nextInt(TRANSFERS / 5)];
                long start = System.nanoTime();
                var result = tracer.trace(
                        new TraceRequest(id, TraceRequest.Direction.BACKWARD, new LibrAllocator(), 6, null));
                double ms = (System.nanoTime() - start) / 1e6;
                if (i >= WARMUP) {
                    latencies.add(ms);
                    hops += result.hops().size();
                    origins += result.endpoints().size();
                }
            }
            var sorted =
                    latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            line(
                    report,
                    "backward LIBR, 6 hops, %d starts: median %.1f ms, p95 %.1f ms, max %.1f ms; %.1f hops and"
                            + " %.1f origins per trace on average",
                    STARTS,
                    percentile(sorted, 0.5),
                    percentile(sorted, 0.95),
                    sorted[sorted.length - 1],
                    hops / (double) STARTS,
                    origins / (double) STARTS);

            var victims = new ArrayList<VictimPayment>();
            var chosen = new java.util.HashSet<String>();
            while (victims.size() < VICTIMS) {
                var id = ids[random.nextInt(TRANSFERS)];
                if (chosen.add(id)) {
                    victims.add(new VictimPayment("V" + (victims.size() + 1), "victim " + (victims.size() + 1), id));
                }
            }
            long start = System.nanoTime();
            var schedule =
                    new Restitution(graph).schedule(victims, List.of(), new LibrAllocator(), RESTITUTION_HOPS, null);
            double seconds = (System.nanoTime() - start) / 1e9;
            line(
                    report,
                    "restitution, LIBR, %,d victims, %d hops: %.1f s; %,d hops traced, %,d endpoints, %,d schedule"
                            + " lines, %s USD awarded of %s paid",
                    VICTIMS,
                    RESTITUTION_HOPS,
                    seconds,
                    schedule.trace().hops().size(),
                    schedule.endpoints().size(),
                    schedule.lines().size(),
                    Figures.amount(schedule.awarded()),
                    Figures.amount(schedule.victims().stream()
                            .map(RestitutionSchedule.VictimTotal::paidIn)
                            .reduce(BigDecimal.ZERO, BigDecimal::add)));
        }
        line(
                report,
                "JVM: %s %s, %d processors, max heap %d MiB",
                System.getProperty("java.vm.name"),
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/tracing-benchmark.md"), report);
    }

    /** Generates the ledger and bulk-imports it; returns the transfer ids in time order. */
    private static String[] load(Path dataDir) {
        var random = new Random(SEED);
        var senders = permutation(random);
        var receivers = permutation(random);
        var ids = new String[TRANSFERS];
        var sha = HexFormat.of().formatHex(new byte[32]);
        var run = new IngestRun("bench-1", "bench", T0);
        try (var bulk = new TransferBulkImport(dataDir.resolve("import"))) {
            long seconds = 0;
            for (int i = 0; i < TRANSFERS; i++) {
                seconds += 1 + random.nextInt(10);
                int from = senders[heavyTailed(random)];
                int to = receivers[heavyTailed(random)];
                if (to == from) {
                    to = (to + 1) % ACCOUNTS;
                }
                var usd = BigDecimal.valueOf(Math.exp(6.2 + random.nextGaussian()))
                        .setScale(2, java.math.RoundingMode.HALF_EVEN)
                        .max(new BigDecimal("0.01"));
                var amount = new Money(usd, Asset.USD);
                var at = T0.plusSeconds(seconds);
                ids[i] = "bench:" + i;
                bulk.add(new Transfer(
                        ids[i],
                        new AccountRef("ZBENCH", Integer.toString(from)),
                        new AccountRef("ZBENCH", Integer.toString(to)),
                        amount,
                        at,
                        null,
                        UsdValue.of(amount, BigDecimal.ONE, "USD", LocalDate.ofInstant(at, ZoneOffset.UTC)),
                        new Provenance(run.id(), sha, "row " + (i + 1))));
            }
            bulk.importInto(
                    dataDir.resolve("neo4j"),
                    "neo4j",
                    run,
                    new SourceFile(sha, "bench:synthetic", 0),
                    "COMPLETED",
                    Map.of("read", (long) TRANSFERS));
        }
        return ids;
    }

    /** Rank k drawn with probability ∝ k^(-1/3): u^1.5 scaled to the accounts. */
    private static int heavyTailed(Random random) {
        return Math.min(ACCOUNTS - 1, (int) (ACCOUNTS * Math.pow(random.nextDouble(), 1.5)));
    }

    private static int[] permutation(Random random) {
        var order = new int[ACCOUNTS];
        Arrays.setAll(order, i -> i);
        for (int i = ACCOUNTS - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static void line(StringBuilder report, String format, Object... args) {
        var text = String.format(Locale.ROOT, format, args);
        System.out.println(text);
        report.append("- ").append(text).append('\n');
    }
}
