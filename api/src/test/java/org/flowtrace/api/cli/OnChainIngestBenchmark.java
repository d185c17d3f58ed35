package org.flowtrace.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.flowtrace.ingest.ethereum.EthereumExportIngestJob;
import org.flowtrace.ingest.ethereum.node.EthereumNodeIngestJob;
import org.flowtrace.ingest.ethereum.node.Ganache;
import org.flowtrace.ingest.support.IngestLauncher;
import org.flowtrace.ingest.support.IngestResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Load speed of on-chain evidence into the embedded Neo4j, in one application context (start-up not
 * counted): (a) an ethereum-etl {@code token_transfers.csv} of USDT transfers made by a deterministic
 * generator, through {@code ingest ethereum-export}; (b) a live local node (ganache, installed by the
 * build) holding one transfer per block, half ether and half ERC-20, through {@code ingest ethereum
 * --rpc} at the default concurrency. Run with
 *
 * <pre>./mvnw -B -Pbench -pl api -am verify -Dtest=OnChainIngestBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=none -Dfailsafe.failIfNoSpecifiedTests=false
 *   [-Dbench.tokenTransfers=1000000] [-Dbench.wallets=100000] [-Dbench.blocks=2000] [-Dbench.paths=export,node]</pre>
 *
 * The figures go to stdout and {@code api/target/onchain-ingest-benchmark.md}.
 */
class OnChainIngestBenchmark {

    private static final int TOKEN_TRANSFERS = Integer.getInteger("bench.tokenTransfers", 1_000_000);
    private static final int WALLETS = Integer.getInteger("bench.wallets", 100_000);
    private static final int BLOCKS = Integer.getInteger("bench.blocks", 2_000);
    private static final String PATHS = System.getProperty("bench.paths", "export,node");
    private static final String USDT = "0xdac17f958d2ee523a2206206994597c13d831ec7";

    @Test
    void on_chain_load_rates(@TempDir Path work) throws Exception {
        var report = new StringBuilder("| path | size | seconds | rate |\n|---|---|---|---|\n");
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("flowtrace.data-dir", work.resolve("data").toString());
        properties.put("flowtrace.ingest.rejects-dir", work.resolve("rejects").toString());
        properties.put("flowtrace.ingest.quiet", true);
        try (var context = ApplicationStarter.start(properties)) {
            var launcher = context.getBean(IngestLauncher.class);
            if (PATHS.contains("export")) {
                var export = generate(work.resolve("export/token_transfers.csv"));
                long started = System.nanoTime();
                var result = launcher.launch(context.getBean(EthereumExportIngestJob.class), export, Map.of(), false);
                double seconds = seconds(started, result);
                assertThat(result.written()).isEqualTo(TOKEN_TRANSFERS);
                report.append(
                        "| ethereum-export, ERC-20 token_transfers.csv | %,d transfers among %,d wallets | %.1f | %,.0f transfers/s |%n"
                                .formatted(TOKEN_TRANSFERS, WALLETS, seconds, result.written() / seconds));
            }
            if (PATHS.contains("node")) {
                try (var ganache = Ganache.start()) {
                    fill(ganache);
                    long head = ganache.head();
                    var job = context.getBean(EthereumNodeIngestJob.class);
                    long started = System.nanoTime();
                    var result = launcher.launch(
                            job, EthereumNodeIngestJob.source(ganache.url(), 0, head, null, false, null), false);
                    double seconds = seconds(started, result);
                    report.append(
                            "| ethereum --rpc, local ganache, default concurrency | %,d blocks, %,d transfers | %.1f | %,.0f blocks/s, %,.0f transfers/s |%n"
                                    .formatted(
                                            head + 1,
                                            result.written(),
                                            seconds,
                                            (head + 1) / seconds,
                                            result.written() / seconds));
                }
            }
        }
        var text = "On-chain load, %d cores, max heap %d MB, %s%n%n%s"
                .formatted(
                        Runtime.getRuntime().availableProcessors(),
                        Runtime.getRuntime().maxMemory() >> 20,
                        Runtime.version(),
                        report);
        System.out.println(text);
        Files.writeString(Path.of("target/onchain-ingest-benchmark.md"), text);
    }

    private static double seconds(long started, IngestResult result) {
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(result.status()).as(String.valueOf(result.failure())).isEqualTo("COMPLETED");
        assertThat(result.skipped()).isZero();
        return seconds;
    }

    /**
     * Deterministic USDT transfers (seed 42): wallets drawn with a heavy tail, raw values up to 10^12
     * (one million USDT), ten transfers per block, one block every 12 s.
     */
    private static Path generate(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        var random = new SplittableRandom(42);
        var hex = HexFormat.of();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(
                    "token_address,from_address,to_address,value,transaction_hash,log_index,block_number,block_timestamp\n");
            for (int i = 0; i < TOKEN_TRANSFERS; i++) {
                long block = 19_000_000L + i / 10;
                var tx = new byte[32];
                random.nextBytes(tx);
                out.write(USDT + "," + wallet(random) + "," + wallet(random) + ","
                        + (1 + random.nextLong(1_000_000_000_000L))
                        + ",0x" + hex.formatHex(tx) + "," + (i % 10) + "," + block + ","
                        + (1_705_000_000L + (block - 19_000_000L) * 12)
                        + "\n");
            }
        }
        return file;
    }

    private static String wallet(SplittableRandom random) {
        int index = (int) Math.min(WALLETS - 1, Math.floor(WALLETS * Math.pow(random.nextDouble(), 3)));
        return "0x%040x".formatted(index + 1);
    }

    /** One transfer per block: ether and token transfers alternating, among a few wallets. */
    private static void fill(Ganache ganache) throws IOException {
        var token = ganache.deployToken(Ganache.ALICE, 6, BigInteger.TEN.pow(18));
        for (int i = 0; i < BLOCKS; i++) {
            var to = "0x%040x".formatted(0xb000 + i % 50);
            if (i % 2 == 0) {
                ganache.sendEther(Ganache.ALICE, to, BigInteger.valueOf(1_000_000_000L + i));
            } else {
                ganache.sendToken(Ganache.ALICE, token, to, BigInteger.valueOf(1_000 + i));
            }
        }
    }
}
