package org.flowtrace.ingest.ethereum.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.testing.Neo4jTest;
import org.flowtrace.ingest.GraphQueries;
import org.flowtrace.ingest.IngestTestApplication;
import org.flowtrace.ingest.ethereum.node.StubNode.Fault;
import org.flowtrace.ingest.support.IngestLauncher;
import org.flowtrace.ingest.support.IngestResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The live Ethereum job against a node that misbehaves ({@link StubNode}): rate limits, server errors
 * and dropped connections are retried; a node that keeps failing, or answers with an error object,
 * fails the run with a message that names what the node said. Block 16 of the recorded chain also
 * carries {@code trace_block} answers: the internal transfer loads, the reverted one does not.
 */
@Neo4jTest
@SpringBootTest(
        classes = IngestTestApplication.class,
        properties = {
            "flowtrace.ingest.ethereum.attempts=5",
            "flowtrace.ingest.ethereum.backoff=1ms",
            "flowtrace.ingest.ethereum.max-backoff=5ms",
            "flowtrace.ingest.ethereum.timeout=5s"
        })
class EthereumNodeFaultsIT {

    private static final String TX_A = "0x" + "a".repeat(64);
    private static final String TX_B = "0x" + "b".repeat(64);

    @Autowired
    IngestLauncher launcher;

    @Autowired
    EthereumNodeIngestJob job;

    @Autowired
    GraphConnection graph;

    private IngestResult load(StubNode node) {
        return launcher.launch(job, EthereumNodeIngestJob.source(node.url(), 16, 16L, null, false, null), false);
    }

    @Test
    void rate_limits_and_server_errors_are_retried_and_the_block_loads_with_its_internal_transfer() {
        try (var node = new StubNode()
                .failNext(
                        Fault.TOO_MANY_REQUESTS,
                        Fault.TOO_MANY_REQUESTS,
                        Fault.SERVICE_UNAVAILABLE,
                        Fault.TOO_MANY_REQUESTS)) {
            var result = load(node);

            assertThat(result.status()).as(String.valueOf(result.failure())).isEqualTo("COMPLETED");
            assertThat(node.faulted()).isEqualTo(4);
            var queries = new GraphQueries(graph);
            assertThat(queries.transfer("ETHEREUM:" + TX_A))
                    .containsEntry("amount", "0.500000000000000000")
                    .containsEntry("channel", "ETH");
            assertThat(queries.transfer("ETHEREUM:" + TX_A + ":trace:0"))
                    .containsEntry("amount", "1.000000000000000000")
                    .containsEntry("channel", "ETH-internal");
            assertThat(queries.transfer("ETHEREUM:" + TX_B + ":0"))
                    .containsEntry("amount", "1500.250000")
                    .containsEntry("usd", "1500.25");
            assertThat(queries.count("MATCH ()-[t:TRANSFER]->() RETURN count(t) AS c"))
                    .as("the reverted internal payment (trace 1) moved nothing")
                    .isEqualTo(3);
            assertThat(result.counts()).doesNotContainKey("blocksWithoutInternalTransfers");
        }
    }

    @Test
    void a_node_that_drops_the_connection_is_asked_again() {
        try (var node = new StubNode().failNext(Fault.DROP_CONNECTION, Fault.DROP_CONNECTION)) {
            var result = load(node);

            assertThat(result.status()).as(String.valueOf(result.failure())).isEqualTo("COMPLETED");
            assertThat(node.faulted()).isEqualTo(2);
            assertThat(result.written()).isEqualTo(3);
        }
    }

    @Test
    void a_node_that_keeps_rate_limiting_fails_the_run_naming_the_status_and_the_attempts() {
        try (var node = new StubNode().alwaysTooManyRequests()) {
            var result = load(node);

            assertThat(result.status()).isEqualTo("FAILED");
            assertThat(result.failure())
                    .contains(node.url())
                    .contains("HTTP 429")
                    .contains("gave up after 5 attempts");
        }
    }

    @Test
    void an_error_object_from_the_node_fails_the_run_and_is_named_in_the_failure() {
        try (var node = new StubNode().error("eth_getLogs", -32005, "query returned more than 10000 results")) {
            var result = load(node);

            assertThat(result.status()).isEqualTo("FAILED");
            assertThat(result.failure())
                    .contains("the node answered eth_getLogs")
                    .contains("{code: -32005, message: \"query returned more than 10000 results\"}");
            assertThat(new GraphQueries(graph).count("MATCH ()-[t:TRANSFER]->() RETURN count(t) AS c"))
                    .isZero();
        }
    }

    @Test
    void the_request_is_the_source_and_a_key_in_the_url_is_not_stored() {
        var source = EthereumNodeIngestJob.source(
                "https://user:secret@node.example/v3/rpc?apikey=secret",
                16,
                17L,
                java.util.List.of("USDT"),
                false,
                null);

        assertThat(source.uri()).isEqualTo("https://node.example/v3/rpc");
        assertThat(source.description())
                .isEqualTo("ethereum-rpc https://node.example/v3/rpc from-block=16 to-block=17"
                        + " tokens=0xdac17f958d2ee523a2206206994597c13d831ec7 follow=false")
                .doesNotContain("secret");
        assertThat(Map.of("sha", source.sourceFile().sha256())).isNotEmpty();
    }
}
