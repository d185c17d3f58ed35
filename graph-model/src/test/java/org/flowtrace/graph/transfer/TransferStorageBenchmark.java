package org.flowtrace.graph.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.embedded.EmbeddedSettings;
import org.flowtrace.graph.model.Asset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures the two ways of storing a transfer that ADR 0001 weighs, each on a fresh embedded Neo4j
 * loaded with the same deterministic data: A, a {@code TRANSFER} relationship between two accounts;
 * B, a {@code :Transfer} node between {@code SENT} and {@code RECEIVED_BY} relationships. For each it
 * reports the write rate of the whole load, the latency of two 6-hop forward path queries from the same
 * start accounts (a time-respecting trace, and a plain expansion capped at {@code bench.pathCap} paths),
 * and the store size on disk. Both options must find the same number of paths from every start
 * account, or the run fails.
 *
 * <p>Not part of the default build. Run it with (sizes are system properties, defaults in
 * {@link BenchmarkParameters#fromSystemProperties()}):
 *
 * <pre>
 * ./mvnw -B -Pbench -pl graph-model test -Dtest=TransferStorageBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * <p>The results table is printed and written to {@code graph-model/target/transfer-storage-benchmark.md}.
 *
 * <p>Data: {@code bench.transfers} transfers in USD among {@code bench.accounts} accounts, times
 * strictly increasing (one every 15 s on average), amounts log-normal around 500 USD as exact decimal
 * strings. Senders and receivers are drawn from a heavy-tailed distribution: an account's out-degree
 * (and, independently, its in-degree) falls off as a Pareto law with tail exponent 2
 * ({@code P(D > d) ~ d^-2}) with a mean of {@code transfers / accounts}: an assumed heavy tail, not
 * one fitted to a real ledger. In- and out-degree ranks come from two independent permutations, so
 * there are big senders and big receivers but no account that is both by construction.
 */
class TransferStorageBenchmark {

    private static final Logger log = LoggerFactory.getLogger(TransferStorageBenchmark.class);

    private static final Path RESULTS = Path.of("target", "transfer-storage-benchmark.md");

    static final String COMMAND =
            "./mvnw -B -Pbench -pl graph-model test -Dtest=TransferStorageBenchmark -Dsurefire.failIfNoSpecifiedTests=false";

    private static final String ACCOUNT_KEY = """
            CREATE CONSTRAINT account_key IF NOT EXISTS FOR (n:Account) REQUIRE n.key IS UNIQUE
            """;

    private static final String TRANSFER_RELATIONSHIP_ID = """
            CREATE CONSTRAINT transfer_id IF NOT EXISTS FOR ()-[t:TRANSFER]-() REQUIRE t.id IS UNIQUE
            """;

    private static final String TRANSFER_NODE_ID = """
            CREATE CONSTRAINT transfer_node_id IF NOT EXISTS FOR (t:Transfer) REQUIRE t.id IS UNIQUE
            """;

    private static final String WRITE_RELATIONSHIPS = """
            UNWIND $rows AS row
            MERGE (a:Account {key: row.from})
            MERGE (b:Account {key: row.to})
            MERGE (a)-[t:TRANSFER {id: row.id}]->(b)
            ON CREATE SET t.amount = row.amount, t.asset = row.asset, t.at = row.at,
                          t.usdApprox = row.usdApprox, t.prov = row.prov
            """;

    private static final String WRITE_NODES = """
            UNWIND $rows AS row
            MERGE (a:Account {key: row.from})
            MERGE (b:Account {key: row.to})
            MERGE (t:Transfer {id: row.id})
            ON CREATE SET t.amount = row.amount, t.asset = row.asset, t.at = row.at,
                          t.usdApprox = row.usdApprox, t.prov = row.prov
            MERGE (a)-[:SENT]->(t)
            MERGE (t)-[:RECEIVED_BY]->(b)
            """;

    // The 6-hop chains are spelt out so that both options run the same plan shape: an index seek on
    // the start account, then one expand per hop with each hop's predicate applied as soon as it can be.
    // Intermediate nodes carry no label in either option: their labels follow from the relationship
    // types, and leaving them out keeps either option from paying for a check the other skips.

    private static final String TRACE_RELATIONSHIPS = """
            MATCH (a:Account {key: $key})-[t1:TRANSFER]->()-[t2:TRANSFER]->()-[t3:TRANSFER]->()
                  -[t4:TRANSFER]->()-[t5:TRANSFER]->()-[t6:TRANSFER]->()
            WHERE t1.at < t2.at < t3.at < t4.at < t5.at < t6.at
            RETURN count(*) AS paths
            """;

    private static final String TRACE_NODES = """
            MATCH (a:Account {key: $key})-[:SENT]->(t1)-[:RECEIVED_BY]->()-[:SENT]->(t2)-[:RECEIVED_BY]->()
                  -[:SENT]->(t3)-[:RECEIVED_BY]->()-[:SENT]->(t4)-[:RECEIVED_BY]->()
                  -[:SENT]->(t5)-[:RECEIVED_BY]->()-[:SENT]->(t6)-[:RECEIVED_BY]->()
            WHERE t1.at < t2.at < t3.at < t4.at < t5.at < t6.at
            RETURN count(*) AS paths
            """;

    private static final String PLAIN_RELATIONSHIPS = """
            MATCH (a:Account {key: $key})-[t1:TRANSFER]->()-[t2:TRANSFER]->()-[t3:TRANSFER]->()
                  -[t4:TRANSFER]->()-[t5:TRANSFER]->()-[t6:TRANSFER]->()
            WITH t6 LIMIT $cap
            RETURN count(*) AS paths
            """;

    private static final String PLAIN_NODES = """
            MATCH (a:Account {key: $key})-[:SENT]->(t1)-[:RECEIVED_BY]->()-[:SENT]->(t2)-[:RECEIVED_BY]->()
                  -[:SENT]->(t3)-[:RECEIVED_BY]->()-[:SENT]->(t4)-[:RECEIVED_BY]->()
                  -[:SENT]->(t5)-[:RECEIVED_BY]->()-[:SENT]->(t6)-[:RECEIVED_BY]->()
            WITH t6 LIMIT $cap
            RETURN count(*) AS paths
            """;

    private static final String NEO4J_VERSION = """
            CALL dbms.components() YIELD name, versions, edition
            RETURN name + ' ' + versions[0] + ' ' + edition AS version
            """;

    /** The two storage options, with the schema, write and path queries each one runs. */
    enum Storage {
        RELATIONSHIP(
                "A: relationship",
                "(:Account)-[:TRANSFER {id, amount, asset, at, usdApprox, prov}]->(:Account)",
                List.of(ACCOUNT_KEY, TRANSFER_RELATIONSHIP_ID),
                WRITE_RELATIONSHIPS,
                TRACE_RELATIONSHIPS,
                PLAIN_RELATIONSHIPS),
        NODE(
                "B: node",
                "(:Account)-[:SENT]->(:Transfer {id, amount, asset, at, usdApprox, prov})-[:RECEIVED_BY]->(:Account)",
                List.of(ACCOUNT_KEY, TRANSFER_NODE_ID),
                WRITE_NODES,
                TRACE_NODES,
                PLAIN_NODES);

        final String title;
        final String shape;
        final List<String> schema;
        final String write;
        final String trace;
        final String plain;

        Storage(String title, String shape, List<String> schema, String write, String trace, String plain) {
            this.title = title;
            this.shape = shape;
            this.schema = schema;
            this.write = write;
            this.trace = trace;
            this.plain = plain;
        }

        String query(PathQuery query) {
            return switch (query) {
                case TRACE -> trace;
                case PLAIN -> plain;
            };
        }
    }

    /** The two 6-hop forward path queries, run from the same start accounts on both options. */
    enum PathQuery {
        TRACE("6-hop time-respecting trace, all paths"),
        PLAIN("6-hop plain expansion, first `pathCap` paths");

        final String title;

        PathQuery(String title) {
            this.title = title;
        }
    }

    /**
     * Sizes and knobs of one run, read once from system properties.
     *
     * @param transfers transfers loaded into each option ({@code bench.transfers})
     * @param accounts distinct accounts ({@code bench.accounts})
     * @param batchSize rows per write transaction ({@code bench.batch})
     * @param starts measured start accounts per path query ({@code bench.starts})
     * @param warmupStarts other start accounts run first and not measured ({@code bench.warmup})
     * @param pathCap the LIMIT of the plain 6-hop query ({@code bench.pathCap})
     * @param pageCache Neo4j page cache size ({@code bench.pageCache})
     * @param seed seed of the data and of the start accounts ({@code bench.seed})
     * @param order the order the two options run in ({@code bench.order}, e.g. {@code NODE,RELATIONSHIP});
     *     on a shared machine, running both orders shows how much the order itself matters
     */
    record BenchmarkParameters(
            int transfers,
            int accounts,
            int batchSize,
            int starts,
            int warmupStarts,
            int pathCap,
            String pageCache,
            long seed,
            List<Storage> order) {

        BenchmarkParameters {
            if (transfers < 1 || accounts < 2 || batchSize < 1 || starts < 1 || warmupStarts < 0 || pathCap < 1) {
                throw new IllegalArgumentException("benchmark sizes must be positive: " + transfers + " transfers, "
                        + accounts + " accounts, batch " + batchSize + ", " + starts + " starts, " + warmupStarts
                        + " warm-up starts, cap " + pathCap);
            }
            order = List.copyOf(order);
            if (order.size() != 2 || !order.containsAll(List.of(Storage.values()))) {
                throw new IllegalArgumentException("bench.order must name both options once: " + order);
            }
        }

        static BenchmarkParameters fromSystemProperties() {
            return new BenchmarkParameters(
                    Integer.getInteger("bench.transfers", 1_000_000),
                    Integer.getInteger("bench.accounts", 100_000),
                    Integer.getInteger("bench.batch", 10_000),
                    Integer.getInteger("bench.starts", 100),
                    Integer.getInteger("bench.warmup", 20),
                    Integer.getInteger("bench.pathCap", 100_000),
                    System.getProperty("bench.pageCache", "2g"),
                    Long.getLong("bench.seed", 20_261_129L),
                    Arrays.stream(System.getProperty("bench.order", "RELATIONSHIP,NODE")
                                    .split(","))
                            .map(name -> Storage.valueOf(name.strip()))
                            .toList());
        }
    }

    /**
     * Wall-clock and CPU time of one phase. CPU time is the whole JVM's (client and Neo4j alike), so it
     * says how much work a phase took even when another process competes for the cores.
     */
    record Timing(Duration wall, Duration cpu) {

        static Stopwatch start() {
            return new Stopwatch(System.nanoTime(), processCpuNanos());
        }

        record Stopwatch(long wallStart, long cpuStart) {

            Timing stop() {
                return new Timing(
                        Duration.ofNanos(System.nanoTime() - wallStart),
                        Duration.ofNanos(processCpuNanos() - cpuStart));
            }
        }

        private static long processCpuNanos() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
        }
    }

    /**
     * Latencies of one path query from each start account, the paths it found from each, and the time
     * all of them took together.
     */
    record QueryResult(long[] nanos, List<Long> paths, Timing total) {

        double cpuPerStartMs() {
            return total.cpu().toNanos() / 1e6 / nanos.length;
        }

        double medianMs() {
            return percentileMs(0.50);
        }

        double p95Ms() {
            return percentileMs(0.95);
        }

        long totalPaths() {
            return paths.stream().mapToLong(Long::longValue).sum();
        }

        /** Nearest-rank percentile. */
        private double percentileMs(double p) {
            var sorted = nanos.clone();
            Arrays.sort(sorted);
            int rank = (int) Math.ceil(p * sorted.length);
            return sorted[Math.max(0, rank - 1)] / 1e6;
        }
    }

    /** Store sizes on disk after a clean shutdown. */
    record DiskUsage(long storeBytes, long transactionLogBytes) {}

    /** Everything measured on one option. */
    record OptionResult(
            Storage storage,
            Timing load,
            long transfers,
            long nodes,
            long relationships,
            DiskUsage disk,
            Map<PathQuery, QueryResult> queries,
            String neo4jVersion) {

        double writeRate() {
            return transfers / (load.wall().toNanos() / 1e9);
        }
    }

    /** The machine a run was made on, read from the JVM and /proc. */
    record Machine(
            int processors, String cpu, String memory, String java, String os, String loadBefore, LocalDate date) {

        static Machine current() {
            return new Machine(
                    Runtime.getRuntime().availableProcessors(),
                    procLine(Path.of("/proc/cpuinfo"), "model name"),
                    procLine(Path.of("/proc/meminfo"), "MemTotal"),
                    System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.name") + " "
                            + System.getProperty("java.runtime.version"),
                    System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                            + System.getProperty("os.arch"),
                    loadAverage(),
                    LocalDate.now(ZoneOffset.UTC));
        }

        private static String procLine(Path file, String field) {
            try (var lines = Files.lines(file)) {
                return lines.filter(line -> line.startsWith(field))
                        .map(line -> line.substring(line.indexOf(':') + 1).strip())
                        .findFirst()
                        .orElse("unknown");
            } catch (IOException | UncheckedIOException e) {
                return "unknown";
            }
        }
    }

    @TempDir
    Path workDir;

    @Test
    void stores_the_same_transfers_as_relationships_and_as_nodes_and_finds_the_same_paths() throws IOException {
        var parameters = BenchmarkParameters.fromSystemProperties();
        var machine = Machine.current();
        var warmups = startAccounts(parameters, parameters.seed() + 1, parameters.warmupStarts());
        var starts = startAccounts(parameters, parameters.seed() + 2, parameters.starts());
        var degrees = new TransferGenerator(parameters).degrees();

        var results = new EnumMap<Storage, OptionResult>(Storage.class);
        for (var storage : parameters.order()) {
            results.put(storage, measure(storage, parameters, warmups, starts));
        }

        var report = report(parameters, machine, degrees, results);
        System.out.println(report);
        Files.createDirectories(RESULTS.getParent());
        Files.writeString(RESULTS, report);

        var a = results.get(Storage.RELATIONSHIP);
        var b = results.get(Storage.NODE);
        for (var query : PathQuery.values()) {
            assertThat(b.queries().get(query).paths())
                    .as("%s: paths per start account, B against A", query)
                    .isEqualTo(a.queries().get(query).paths());
        }
        assertThat(b.transfers()).isEqualTo(a.transfers()).isEqualTo(parameters.transfers());
    }

    private OptionResult measure(
            Storage storage, BenchmarkParameters parameters, List<String> warmups, List<String> starts) {
        var dataDir = workDir.resolve(storage.name().toLowerCase());
        var settings = new EmbeddedSettings(dataDir, 0, parameters.pageCache());
        Timing load;
        long transfers;
        long nodes;
        long relationships;
        String version;
        var queries = new HashMap<PathQuery, QueryResult>();
        try (var graph = GraphConnection.embedded(settings)) {
            version = single(graph, NEO4J_VERSION, Map.of()).get("version").asString();
            createSchema(graph, storage);
            load = load(graph, storage, parameters);
            transfers =
                    count(graph, storage == Storage.RELATIONSHIP ? "MATCH ()-[t:TRANSFER]->()" : "MATCH (t:Transfer)");
            nodes = count(graph, "MATCH (n)");
            relationships = count(graph, "MATCH ()-[r]->()");
            for (var query : PathQuery.values()) {
                run(graph, storage.query(query), warmups, parameters);
                queries.put(query, run(graph, storage.query(query), starts, parameters));
            }
        }
        var disk = new DiskUsage(
                sizeOf(dataDir.resolve("neo4j/data/databases/neo4j")),
                sizeOf(dataDir.resolve("neo4j/data/transactions/neo4j")));
        return new OptionResult(storage, load, transfers, nodes, relationships, disk, Map.copyOf(queries), version);
    }

    private static void createSchema(GraphConnection graph, Storage storage) {
        // The benchmark compares two schemas, so it sets each up itself instead of running the migrations.
        for (var statement : storage.schema) {
            graph.query(statement).execute();
        }
        graph.query("CALL db.awaitIndexes(300)").execute();
    }

    private static Timing load(GraphConnection graph, Storage storage, BenchmarkParameters parameters) {
        var generator = new TransferGenerator(parameters);
        var stopwatch = Timing.start();
        try (var session = graph.driver().session(graph.sessionConfig())) {
            long written = 0;
            long step = Math.max(parameters.batchSize(), parameters.transfers() / 10);
            while (generator.hasNext()) {
                var rows = generator.nextRows(parameters.batchSize());
                session.executeWriteWithoutResult(
                        tx -> tx.run(storage.write, Map.of("rows", rows)).consume());
                if ((written + rows.size()) / step > written / step) {
                    log.info("{}: {} of {} transfers written", storage, written + rows.size(), parameters.transfers());
                }
                written += rows.size();
            }
        }
        return stopwatch.stop();
    }

    private static QueryResult run(
            GraphConnection graph, String cypher, List<String> starts, BenchmarkParameters parameters) {
        var nanos = new long[starts.size()];
        var paths = new ArrayList<Long>(starts.size());
        var stopwatch = Timing.start();
        for (int i = 0; i < starts.size(); i++) {
            long started = System.nanoTime();
            var record = single(graph, cypher, Map.of("key", starts.get(i), "cap", parameters.pathCap()));
            nanos[i] = System.nanoTime() - started;
            paths.add(record.get("paths").asLong());
        }
        return new QueryResult(nanos, List.copyOf(paths), stopwatch.stop());
    }

    private static org.neo4j.driver.Record single(GraphConnection graph, String cypher, Map<String, Object> params) {
        return graph.readQuery(cypher)
                .withParameters(params)
                .execute()
                .records()
                .getFirst();
    }

    private static long count(GraphConnection graph, String match) {
        return single(graph, match + " RETURN count(*) AS n", Map.of()).get("n").asLong();
    }

    /** Start accounts drawn uniformly from all accounts, the same for both options. */
    private static List<String> startAccounts(BenchmarkParameters parameters, long seed, int count) {
        var random = new SplittableRandom(seed);
        return Stream.generate(() -> TransferGenerator.accountKey(random.nextInt(parameters.accounts())))
                .limit(count)
                .toList();
    }

    private static long sizeOf(Path dir) {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(file -> file.toFile().length())
                    .sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String report(
            BenchmarkParameters parameters, Machine machine, String degrees, Map<Storage, OptionResult> results) {
        var a = results.get(Storage.RELATIONSHIP);
        var b = results.get(Storage.NODE);
        var out = new StringBuilder();
        out.append("# Transfer storage benchmark (ADR 0001)\n\n");
        out.append("- command: `").append(COMMAND).append("`\n");
        out.append("- parameters: ").append(parameters).append('\n');
        out.append("- data: ").append(degrees).append('\n');
        out.append("- date: ").append(machine.date()).append(" (UTC)\n");
        out.append("- machine: ")
                .append(machine.processors())
                .append(" cores (")
                .append(machine.cpu())
                .append("), ")
                .append(machine.memory())
                .append(" RAM, ")
                .append(machine.os())
                .append('\n');
        out.append("- JVM: ").append(machine.java()).append(", max heap ");
        out.append(Runtime.getRuntime().maxMemory() / (1024 * 1024)).append(" MiB\n");
        out.append("- Neo4j: ")
                .append(a.neo4jVersion())
                .append(", embedded, page cache ")
                .append(parameters.pageCache())
                .append(", Bolt on loopback, Java driver, one session\n");
        out.append("- load average before / after: ")
                .append(machine.loadBefore())
                .append(" / ")
                .append(loadAverage())
                .append('\n');
        out.append("- A: `").append(a.storage().shape).append("`\n");
        out.append("- B: `").append(b.storage().shape).append("`\n\n");

        out.append("| measure | ").append(a.storage().title).append(" | ");
        out.append(b.storage().title).append(" | B / A |\n");
        out.append("|---|---:|---:|---:|\n");
        row(out, "write rate (transfers/s)", a.writeRate(), b.writeRate(), "%,.0f");
        row(out, "load time (s)", seconds(a.load().wall()), seconds(b.load().wall()), "%,.1f");
        row(
                out,
                "load CPU time, whole JVM (s)",
                seconds(a.load().cpu()),
                seconds(b.load().cpu()),
                "%,.1f");
        row(out, "store size (MiB)", mib(a.disk().storeBytes()), mib(b.disk().storeBytes()), "%,.1f");
        row(
                out,
                "transaction logs (MiB)",
                mib(a.disk().transactionLogBytes()),
                mib(b.disk().transactionLogBytes()),
                "%,.1f");
        row(out, "nodes", a.nodes(), b.nodes(), "%,.0f");
        row(out, "relationships", a.relationships(), b.relationships(), "%,.0f");
        for (var query : PathQuery.values()) {
            var qa = a.queries().get(query);
            var qb = b.queries().get(query);
            row(out, query.title + ": median (ms)", qa.medianMs(), qb.medianMs(), "%,.1f");
            row(out, query.title + ": p95 (ms)", qa.p95Ms(), qb.p95Ms(), "%,.1f");
            row(out, query.title + ": CPU per start (ms)", qa.cpuPerStartMs(), qb.cpuPerStartMs(), "%,.1f");
            row(out, query.title + ": paths found", qa.totalPaths(), qb.totalPaths(), "%,.0f");
        }
        out.append('\n');
        for (var query : PathQuery.values()) {
            var paths = a.queries().get(query).paths();
            out.append("- ")
                    .append(query.title)
                    .append(": same path count from every start account in A and B: ")
                    .append(paths.equals(b.queries().get(query).paths()))
                    .append("; starts with no path: ")
                    .append(paths.stream().filter(p -> p == 0).count())
                    .append(", at the cap: ")
                    .append(paths.stream()
                            .filter(p -> p >= parameters.pathCap())
                            .count())
                    .append(", most paths from one start: ")
                    .append(String.format(
                            "%,d",
                            paths.stream().mapToLong(Long::longValue).max().orElse(0)))
                    .append('\n');
        }
        out.append("- latencies: ")
                .append(parameters.starts())
                .append(" start accounts per query, measured at the client (Bolt round trip included), after ")
                .append(parameters.warmupStarts())
                .append(" warm-up starts; store size after a clean shutdown (data/databases/neo4j, indexes"
                        + " included); transaction logs are what the retention (2 files) keeps, not a size of the data;"
                        + " CPU times are the whole JVM's, Neo4j included\n");
        return out.toString();
    }

    private static void row(StringBuilder out, String measure, double a, double b, String format) {
        out.append("| ")
                .append(measure)
                .append(" | ")
                .append(String.format(format, a))
                .append(" | ")
                .append(String.format(format, b))
                .append(" | ")
                .append(a == 0 ? "–" : String.format("%.2f", b / a))
                .append(" |\n");
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1e3;
    }

    private static double mib(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    /** One generated transfer; accounts by index. */
    record GeneratedTransfer(int index, int from, int to, BigDecimal amount, OffsetDateTime at) {

        private static final String PROVENANCE_PREFIX =
                "bench-1|9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08|line ";

        /** The row both write queries read: the same keys and properties for A and B. */
        Map<String, Object> row() {
            return Map.of(
                    "id", "bench:%08d".formatted(index),
                    "from", TransferGenerator.accountKey(from),
                    "to", TransferGenerator.accountKey(to),
                    "amount", amount.toPlainString(),
                    "asset", Asset.USD.code(),
                    "at", at,
                    "usdApprox", amount.doubleValue(),
                    "prov", List.of(PROVENANCE_PREFIX + (index + 2)));
        }
    }

    /**
     * The deterministic transfer stream: same parameters, same rows, in the same order. Mutable, and
     * used by one thread only.
     */
    static final class TransferGenerator {

        private static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");
        private static final double MEDIAN_CENTS = 50_000;
        private static final double SIGMA = 1.5;

        private final BenchmarkParameters parameters;
        private final SplittableRandom random;
        private final int[] senderByRank;
        private final int[] receiverByRank;
        private int produced;

        TransferGenerator(BenchmarkParameters parameters) {
            this.parameters = parameters;
            this.random = new SplittableRandom(parameters.seed());
            this.senderByRank = permutation(parameters.accounts(), random);
            this.receiverByRank = permutation(parameters.accounts(), random);
        }

        static String accountKey(int index) {
            return "BANK%02d:%010d".formatted(index % 17, index);
        }

        boolean hasNext() {
            return produced < parameters.transfers();
        }

        /** The next rows to write, at most {@code max}. */
        List<Map<String, Object>> nextRows(int max) {
            var rows = new ArrayList<Map<String, Object>>(max);
            while (rows.size() < max && hasNext()) {
                rows.add(next().row());
            }
            return rows;
        }

        /** A one-line description of the degree distribution, by generating the whole stream once. */
        String degrees() {
            var out = new int[parameters.accounts()];
            var in = new int[parameters.accounts()];
            while (hasNext()) {
                var transfer = next();
                out[transfer.from()]++;
                in[transfer.to()]++;
            }
            return ("%,d transfers among %,d accounts; out-degree max %,d, median %d, %,d accounts send nothing;"
                            + " in-degree max %,d, median %d, %,d accounts receive nothing")
                    .formatted(
                            parameters.transfers(),
                            parameters.accounts(),
                            Arrays.stream(out).max().orElse(0),
                            median(out),
                            Arrays.stream(out).filter(d -> d == 0).count(),
                            Arrays.stream(in).max().orElse(0),
                            median(in),
                            Arrays.stream(in).filter(d -> d == 0).count());
        }

        private GeneratedTransfer next() {
            int from = senderByRank[heavyTailedRank()];
            int to;
            do {
                to = receiverByRank[heavyTailedRank()];
            } while (to == from);
            long cents = Math.max(1, Math.round(Math.exp(Math.log(MEDIAN_CENTS) + SIGMA * random.nextGaussian())));
            var at = EPOCH.plusSeconds(15L * produced + random.nextInt(15)).atOffset(ZoneOffset.UTC);
            return new GeneratedTransfer(produced++, from, to, BigDecimal.valueOf(cents, Asset.USD.decimals()), at);
        }

        /** Rank {@code floor(n * u^2)}: density ~ rank^-1/2, so degrees follow P(D > d) ~ d^-2. */
        private int heavyTailedRank() {
            double u = random.nextDouble();
            return (int) (parameters.accounts() * u * u);
        }

        private static int[] permutation(int n, SplittableRandom random) {
            var order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = order[i];
                order[i] = order[j];
                order[j] = swap;
            }
            return order;
        }

        private static int median(int[] values) {
            var sorted = values.clone();
            Arrays.sort(sorted);
            return sorted[sorted.length / 2];
        }
    }
}
