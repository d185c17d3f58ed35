package org.flowtrace.ingest.tron.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.testing.Neo4jTest;
import org.flowtrace.graph.testing.TestNeo4j;
import org.flowtrace.ingest.CrashingRemoteJob;
import org.flowtrace.ingest.GraphQueries;
import org.flowtrace.ingest.IngestTestApplication;
import org.flowtrace.ingest.support.IngestLauncher;
import org.flowtrace.ingest.support.RemoteSource;
import org.flowtrace.ingest.tron.TronExportIngestJob;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** {@code ingest tron --api} against {@link StubTronGrid}: paging by fingerprint, retries, restart, errors. */
@Neo4jTest
@SpringBootTest(
        classes = IngestTestApplication.class,
        properties = {
            "flowtrace.ingest.tron.backoff=1ms",
            "flowtrace.ingest.tron.max-backoff=5ms",
            "flowtrace.ingest.tron.attempts=4"
        })
class TronGridIngestJobIT {

    private static final String ACCOUNT = "TCp7NFtWS3cXo7LwH6TvsyYxb3DziwEdxY";
    private static final String USDT = "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t";

    @Autowired
    IngestLauncher launcher;

    @Autowired
    TronGridIngestJob job;

    @Autowired
    TronExportIngestJob export;

    @Autowired
    TronJsonRpcIngestJob jsonRpc;

    @Autowired
    GraphConnection graph;

    private static RemoteSource history(StubTronGrid api) {
        return TronGridIngestJob.source(api.url(), ACCOUNT, null, "2024-02-01", "2024-03-31");
    }

    private TreeMap<String, String> transfers() {
        var transfers = new TreeMap<String, String>();
        graph.readQuery("MATCH ()-[t:TRANSFER]->() RETURN t.id AS id, t.amount AS amount")
                .execute()
                .records()
                .forEach(r ->
                        transfers.put(r.get("id").asString(), r.get("amount").asString()));
        return transfers;
    }

    @Test
    void follows_the_fingerprints_through_every_page_and_loads_what_the_saved_pages_load() {
        try (var api = new StubTronGrid().rateLimitNext(2)) {
            var result = launcher.launch(job, history(api), false);

            assertThat(result.status()).as(String.valueOf(result.failure())).isEqualTo("COMPLETED");
            assertThat(api.fingerprints()).containsExactly("", "fp-page-2", "fp-page-3");
            assertThat(result.read()).isEqualTo(7);
            assertThat(result.written()).as("the approval is passed over").isEqualTo(6);
            assertThat(new GraphQueries(graph).transfer(transfers().firstKey()).get("prov"))
                    .contains("|page ");
        }
        var live = transfers();

        TestNeo4j.clear(graph);
        launcher.launch(export, Path.of("src/test/resources/fixtures/tron/good/trc20-history.json"), Map.of(), true);
        assertThat(transfers())
                .as("the same transfers, keyed the same, as tron-export of the saved history")
                .isEqualTo(live);
    }

    @Test
    void reads_a_contracts_transfer_events() {
        try (var api = new StubTronGrid()) {
            var result = launcher.launch(
                    job, TronGridIngestJob.source(api.url(), null, USDT, "2024-02-01", "2024-03-31T00:00:00Z"), false);

            assertThat(result.status()).as(String.valueOf(result.failure())).isEqualTo("COMPLETED");
            assertThat(result.written()).isPositive();
        }
    }

    @Test
    void a_run_that_failed_mid_listing_resumes_at_its_page_and_item() {
        try (var api = new StubTronGrid()) {
            var crashingInItsFirstRun = new CrashingRemoteJob(job.jobName(), job::create, 1);

            var failed = launcher.launch(crashingInItsFirstRun, history(api), false);
            assertThat(failed.status()).isEqualTo("FAILED");
            assertThat(failed.written()).isEqualTo(3);
            var resumed = launcher.launch(crashingInItsFirstRun, history(api), false);

            assertThat(resumed.status()).isEqualTo("COMPLETED");
            assertThat(resumed.written()).isEqualTo(3);
            assertThat(transfers()).hasSize(6);
            assertThat(api.fingerprints())
                    .as(
                            "the restart asks for the page after the checkpoint (page 1 was loaded to its end), not the first")
                    .containsExactly("", "fp-page-2", "fp-page-3", "fp-page-2", "fp-page-3");
        }
    }

    @Test
    void reads_a_tokens_transfer_logs_from_tron_json_rpc_with_the_evm_log_decoder_and_the_export_keys() {
        try (var api = new StubTronGrid()) {
            var result = launcher.launch(
                    jsonRpc, TronJsonRpcIngestJob.source(api.url() + "/jsonrpc", USDT, 0x3938700, 0x3938800), false);

            assertThat(result.status()).as(String.valueOf(result.failure())).isEqualTo("COMPLETED");
            assertThat(result.written()).isEqualTo(1);
        }
        var live = transfers();

        TestNeo4j.clear(graph);
        launcher.launch(export, Path.of("src/test/resources/fixtures/tron/good/jsonrpc-logs.json"), Map.of(), true);
        assertThat(transfers()).isEqualTo(live);
    }

    @Test
    void tron_json_rpc_logs_of_other_events_are_passed_over() {
        Assumptions.assumeTrue(Files.exists(StubTronGrid.NILE_LOGS), "shared reference data present");
        try (var api = new StubTronGrid()) {
            var result = launcher.launch(
                    jsonRpc, TronJsonRpcIngestJob.source(api.url() + "/jsonrpc", USDT, 0x3fe1c00, 0x3fe1cff), false);

            assertThat(result.status()).as(String.valueOf(result.failure())).isEqualTo("COMPLETED");
            assertThat(result.read()).as("the documented Nile log").isEqualTo(1);
            assertThat(result.written()).isZero();
            assertThat(result.skipped()).isZero();
        }
    }

    @Test
    void a_tron_grid_error_page_fails_the_run_naming_the_error() {
        try (var api = new StubTronGrid().errorPage()) {
            var result = launcher.launch(job, history(api), false);

            assertThat(result.status()).isEqualTo("FAILED");
            assertThat(result.failure()).contains("success: false, error \"invalid address\" (statusCode 400)");
        }
    }

    @Test
    void the_request_needs_one_address_or_contract_and_a_window() {
        assertThatThrownBy(() -> TronGridIngestJob.source("http://x", ACCOUNT, USDT, "2024-01-01", "2024-02-01"))
                .hasMessageContaining("exactly one of --address and --contract");
        assertThatThrownBy(() -> TronGridIngestJob.source("http://x", ACCOUNT, null, "2024-02-01", "2024-01-01"))
                .hasMessageContaining("is not after --from");
        assertThatThrownBy(() -> TronGridIngestJob.source("http://x", ACCOUNT, null, "yesterday", "2024-01-01"))
                .hasMessageContaining("--from: not an ISO date");
    }
}
