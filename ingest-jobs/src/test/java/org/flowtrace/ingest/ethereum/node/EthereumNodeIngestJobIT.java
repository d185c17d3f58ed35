package org.flowtrace.ingest.ethereum.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.testing.Neo4jTest;
import org.flowtrace.graph.testing.TestNeo4j;
import org.flowtrace.ingest.CrashingRemoteJob;
import org.flowtrace.ingest.GraphQueries;
import org.flowtrace.ingest.IngestTestApplication;
import org.flowtrace.ingest.support.IngestLauncher;
import org.flowtrace.ingest.support.RemoteSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.web3j.protocol.core.methods.response.TransactionReceipt;

/**
 * {@code ingest ethereum --rpc} against a real node: ganache, started for this class, where the test
 * deploys an ERC-20 token unknown to the registry (decimals from its {@code decimals()} call), sends
 * ether and tokens, and then checks that the graph holds exactly what was sent.
 */
@Neo4jTest
@SpringBootTest(
        classes = IngestTestApplication.class,
        properties = {"flowtrace.ingest.ethereum.blocks-per-batch=2", "flowtrace.ingest.ethereum.poll-interval=100ms"})
class EthereumNodeIngestJobIT {

    private static final BigInteger ONE_ETHER = BigInteger.TEN.pow(18);

    /** What was sent: transfer id → exact amount as the graph stores it. */
    private static final Map<String, String> SENT = new java.util.TreeMap<>();

    private static Ganache ganache;
    private static String token;
    private static long head;

    @Autowired
    IngestLauncher launcher;

    @Autowired
    EthereumNodeIngestJob job;

    @Autowired
    GraphConnection graph;

    @BeforeAll
    static void sendTransfers() throws Exception {
        ganache = Ganache.start();
        var alice = Ganache.ALICE;
        var bob = Ganache.BOB.getAddress();
        token = ganache.deployToken(alice, 6, BigInteger.valueOf(1_000_000_000_000L));
        var mint = ganache.web3j()
                .ethGetLogs(new org.web3j.protocol.core.methods.request.EthFilter(
                        org.web3j.protocol.core.DefaultBlockParameterName.EARLIEST,
                        org.web3j.protocol.core.DefaultBlockParameterName.LATEST,
                        token))
                .send()
                .getLogs()
                .getFirst();
        var mintLog = (org.web3j.protocol.core.methods.response.Log) mint.get();
        SENT.put(tokenKey(mintLog.getTransactionHash(), mintLog.getLogIndex().longValueExact()), "1000000.000000");
        ether(ganache.sendEther(alice, bob, new BigInteger("1234567890123456789")), "1.234567890123456789");
        ether(
                ganache.sendEther(alice, "0x00000000000000000000000000000000000000aa", BigInteger.ONE),
                "0.000000000000000001");
        tokens(ganache.sendToken(alice, token, bob, BigInteger.valueOf(2_500_000)), "2.500000");
        ganache.approve(alice, token, bob, BigInteger.valueOf(7));
        tokens(ganache.sendToken(alice, token, bob, new BigInteger("123456789012")), "123456.789012");
        ether(
                ganache.sendEther(Ganache.BOB, alice.getAddress(), ONE_ETHER.multiply(BigInteger.valueOf(42))),
                "42.000000000000000000");
        tokens(ganache.sendToken(Ganache.BOB, token, alice.getAddress(), BigInteger.ONE), "0.000001");
        head = ganache.head();
    }

    private static void ether(TransactionReceipt receipt, String amount) {
        SENT.put("ETHEREUM:" + receipt.getTransactionHash(), amount);
    }

    private static void tokens(TransactionReceipt receipt, String amount) {
        var transfer = receipt.getLogs().getFirst();
        SENT.put(tokenKey(transfer.getTransactionHash(), transfer.getLogIndex().longValueExact()), amount);
    }

    private static String tokenKey(String tx, long logIndex) {
        return "ETHEREUM:" + tx + ":" + logIndex;
    }

    @AfterAll
    static void stopNode() {
        if (ganache != null) {
            ganache.close();
        }
    }

    private RemoteSource wholeChain() {
        return EthereumNodeIngestJob.source(ganache.url(), 0, head, null, false, null);
    }

    @Test
    void the_graph_holds_every_ether_and_token_transfer_sent_to_the_node_amount_for_amount() {
        var result = launcher.launch(job, wholeChain(), false);

        assertThat(result.status()).as(String.valueOf(result.failure())).isEqualTo("COMPLETED");
        assertThat(result.skipped()).isZero();
        assertThat(result.counts()).containsEntry("blocksRead", head + 1).containsEntry("lastCompletedBlock", head);
        assertThat(result.counts())
                .as("ganache offers neither trace_block nor debug_traceBlockByNumber, and the run says so")
                .containsEntry("blocksWithoutInternalTransfers", head + 1);
        var loaded = new java.util.TreeMap<String, String>();
        graph.readQuery("MATCH ()-[t:TRANSFER]->() RETURN t.id AS id, t.amount AS amount")
                .execute()
                .records()
                .forEach(r -> loaded.put(r.get("id").asString(), r.get("amount").asString()));
        assertThat(loaded).isEqualTo(SENT);

        var queries = new GraphQueries(graph);
        var tokenTransfer = SENT.keySet().stream()
                .filter(id -> id.split(":").length == 3)
                .findFirst()
                .orElseThrow();
        var properties = queries.transfer(tokenTransfer);
        assertThat(properties)
                .containsEntry("asset", "ETHEREUM:" + token.toLowerCase())
                .containsEntry("channel", "ERC-20")
                .containsEntry("txStatus", "success");
        assertThat(properties.get("prov")).contains(" log ").startsWith(result.runId() + "|");
        assertThat(queries.single(
                        "MATCH (a:Asset {code: $code}) RETURN a.symbol + ':' + toString(a.decimals) AS s",
                        Map.of("code", "ETHEREUM:" + token.toLowerCase())))
                .as("symbol and decimals from the token's own symbol() and decimals()")
                .isEqualTo("FTT:6");
        assertThat(queries.single(
                        "MATCH (:IngestRun {id: $run})-[:READ]->(s:SourceFile) RETURN s.uri AS s",
                        Map.of("run", result.runId())))
                .isEqualTo(ganache.url());
    }

    @Test
    void a_run_that_failed_mid_range_resumes_at_its_checkpoint_and_leaves_the_graph_an_uninterrupted_run_leaves() {
        var crashingInItsFirstRun = new CrashingRemoteJob(job.jobName(), job::create, 2);
        // from block 2: every transfer sent but the mint of block 1
        var source = EthereumNodeIngestJob.source(ganache.url(), 2, head, List.of(token), false, null);

        var failed = launcher.launch(crashingInItsFirstRun, source, false);
        assertThat(failed.status()).isEqualTo("FAILED");
        var queries = new GraphQueries(graph);
        long afterCrash = queries.count("MATCH ()-[t:TRANSFER]->() RETURN count(t) AS c");
        assertThat(afterCrash).isPositive().isLessThan(SENT.size() - 1);

        var resumed = launcher.launch(crashingInItsFirstRun, source, false);
        assertThat(resumed.status()).isEqualTo("COMPLETED");
        assertThat(failed.written() + resumed.written())
                .as("nothing loaded twice: the resumed run starts at the checkpoint")
                .isEqualTo(SENT.size() - 1);
        var interruptedThenResumed = queries.checksum();
        long count = queries.count("MATCH ()-[t:TRANSFER]->() RETURN count(t) AS c");

        TestNeo4j.clear(graph);
        var uninterrupted = launcher.launch(job, source, true);
        assertThat(uninterrupted.status()).isEqualTo("COMPLETED");
        assertThat(queries.count("MATCH ()-[t:TRANSFER]->() RETURN count(t) AS c"))
                .isEqualTo(count);
        assertThat(queries.checksum()).isEqualTo(interruptedThenResumed);
        assertThat(launcher.launch(job, source, false).status()).isEqualTo("ALREADY_LOADED");
    }

    @Test
    void following_reads_new_blocks_until_stopped_and_the_same_command_resumes_where_it_stopped() throws Exception {
        long start = ganache.head() + 1;
        var source = EthereumNodeIngestJob.source(ganache.url(), start, null, null, true, 0);
        var queries = new GraphQueries(graph);

        var first = java.util.concurrent.CompletableFuture.supplyAsync(() -> launcher.launch(job, source, false));
        var one = ganache.sendEther(Ganache.ALICE, "0x00000000000000000000000000000000000000f1", BigInteger.TWO);
        var two = ganache.sendEther(Ganache.ALICE, "0x00000000000000000000000000000000000000f2", BigInteger.TEN);
        Thread.sleep(2_000);
        job.stopFollowing();
        var stopped = first.get(60, java.util.concurrent.TimeUnit.SECONDS);

        assertThat(stopped.status()).as(String.valueOf(stopped.failure())).isEqualTo("STOPPED");
        assertThat(stopped.written()).isEqualTo(2);
        assertThat(stopped.counts()).containsEntry("lastCompletedBlock", start + 1);

        var three = ganache.sendEther(Ganache.BOB, "0x00000000000000000000000000000000000000f3", BigInteger.ONE);
        var second = java.util.concurrent.CompletableFuture.supplyAsync(() -> launcher.launch(job, source, false));
        Thread.sleep(2_000);
        job.stopFollowing();
        var resumed = second.get(60, java.util.concurrent.TimeUnit.SECONDS);

        assertThat(resumed.status()).isEqualTo("STOPPED");
        assertThat(resumed.written()).as("only the block mined since the stop").isEqualTo(1);
        assertThat(queries.count(
                        "MATCH ()-[t:TRANSFER]->() WHERE t.id IN $ids RETURN count(t) AS c",
                        Map.of(
                                "ids",
                                List.of(
                                        "ETHEREUM:" + one.getTransactionHash(),
                                        "ETHEREUM:" + two.getTransactionHash(),
                                        "ETHEREUM:" + three.getTransactionHash()))))
                .isEqualTo(3);
        assertThat(queries.count("MATCH ()-[t:TRANSFER]->() RETURN count(t) AS c"))
                .isEqualTo(3);
    }
}
