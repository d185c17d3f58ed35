package org.flowtrace.ingest.tron;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.testing.Neo4jTest;
import org.flowtrace.ingest.CrashingWriter;
import org.flowtrace.ingest.IngestTestApplication;
import org.flowtrace.ingest.LoadedGraph;
import org.flowtrace.ingest.SourceFormatException;
import org.flowtrace.ingest.ethereum.EvmFolderIndex;
import org.flowtrace.ingest.support.IngestJobFactory;
import org.flowtrace.ingest.support.IngestLauncher;
import org.flowtrace.ingest.support.IngestResult;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@Neo4jTest
@SpringBootTest(classes = IngestTestApplication.class)
class TronExportIngestJobIT {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/tron");
    private static final Path REFERENCE = Path.of("../../shared/reference-data/tron/tron-jsonrpc-docs");
    private static final String COMPOUND = "TCp7NFtWS3cXo7LwH6TvsyYxb3DziwEdxY";
    private static final String MULE = "TT1nWL3zDq5SU6HwAnexDYqVuFuD8Mu12G";
    private static final String USDT = "TRON:TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t";

    @Autowired
    IngestLauncher launcher;

    @Autowired
    TronExportIngestJob job;

    @Autowired
    GraphConnection graph;

    LoadedGraph loaded;

    @BeforeEach
    void readBack() {
        loaded = new LoadedGraph(graph);
    }

    @Test
    void loads_trc20_transfers_from_trongrid_history_contract_events_and_json_rpc_logs() {
        var results = loadFolder(FIXTURES.resolve("good"));

        assertThat(results).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo("COMPLETED");
            assertThat(r.skipped()).isZero();
        });
        assertThat(loaded.column("""
                        MATCH (a)-[t:TRANSFER]->(b) WHERE b.key = 'TRON:%s'
                        RETURN a.key + ' ' + t.amount + ' ' + t.asset + ' ' + toString(t.at) AS s ORDER BY s
                        """.formatted(COMPOUND)))
                .containsExactly(
                        "TRON:TBM6dPtZgnD1feVsWFfdhTGY6dPtFGtNWv 5000.000000 " + USDT + " 2024-03-01T00:00:09Z",
                        "TRON:TSFLytSQtqqrN3HwbF9xrbsUeicveFG6FS 1250.500000 " + USDT + " 2024-03-01T00:00:08Z",
                        "TRON:TWz5UrxHGpMfwqF6npLqNEngr13u17SKsb 300.000000 " + USDT + " 2024-03-01T00:00:20Z",
                        "TRON:TXzrDcrzFp7jc92srU5ZBM1cLVwjvmH4Nv 777.777777 " + USDT + " 2024-03-01T00:00:12Z");
        assertThat(loaded.count(
                        "MATCH (:Wallet {key: 'TRON:%s'})-[t:TRANSFER]->(:Wallet {key: 'TRON:%s'}) WHERE t.asset = '%s' RETURN count(t) AS c"
                                .formatted(COMPOUND, MULE, USDT)))
                .as("two identical 100 USDT transfers in one transaction stay two")
                .isEqualTo(2);
        assertThat(loaded.single(
                        "MATCH (:Wallet {key: 'TRON:%s'})-[t:TRANSFER]->(:Wallet {key: 'TRON:%s'}) WHERE t.asset <> '%s' RETURN t.amount + ' ' + t.asset AS s"
                                .formatted(COMPOUND, MULE, USDT)))
                .as("a token outside the registry loads with the decimals TronGrid's token_info states")
                .isEqualTo("15.000000000000000000 TRON:TJRJzyZff81DfJVhq55hfESeCSJDps9cL1");
        assertThat(loaded.single(
                        "MATCH (w:Wallet {key: 'TRON:%s'}) RETURN w.address + ' ' + w.hex AS s".formatted(COMPOUND)))
                .isEqualTo(COMPOUND + " " + TronAddress.parse(COMPOUND).hex());
        assertThat(loaded.single("""
                        MATCH (:Wallet {key: 'TRON:TBM6dPtZgnD1feVsWFfdhTGY6dPtFGtNWv'})-[t:TRANSFER]->()
                        RETURN toString(size(t.prov)) + ' ' + t.usd + ' ' + t.channel AS s
                        """))
                .as("the same transfer read from the account history and the contract events is one, with two sources")
                .isEqualTo("2 5000.00 TRC-20");
        assertThat(loaded.count("MATCH ()-[t:TRANSFER]->() RETURN count(t) AS c"))
                .isEqualTo(8);
    }

    @Test
    void every_bad_record_is_rejected_with_its_locator_field_and_reason_and_the_rest_loads() {
        var results = loadFolder(FIXTURES.resolve("bad"));

        var rejects = new ArrayList<String>();
        results.forEach(r -> rejects.addAll(LoadedGraph.rejects(r)));
        assertThat(rejects)
                .containsExactlyInAnyOrder(
                        "bad-history.json data[0] tx fd09d16845e1d31d4304ceacb5a538f02e9fc7dcc807dca7914d39e05363bdae"
                                + " value: not a decimal integer: '12.5'",
                        "bad-history.json data[1] tx af15ca6b8417fa048c04be42aa2a3436f6a822d0ddfbd1c964c71933ec88d46d"
                                + " from: not a TRON address: base58check checksum does not match",
                        "bad-history.json data[2] tx a0170b11216e61d7e4eab4fa522c3c8945323a7548ae0c006dacdc6405645904"
                                + " token_info.address: token without decimals: TWujtvz1xkJnL8GDA7ymGT2CtRHDLYjPMr is not"
                                + " in the token registry and the export states no decimals",
                        "bad-history.json data[3] tx ce1984864bce66cad04b046be05c387670711ae68686fcfb35c72ce795a71aa2"
                                + " token_info.decimals: states 18 decimals, the token registry 6 for USDT",
                        "bad-history.json data[4] tx 8868d05bd59d3c75de359f683a9350acc9b4a8c0d4dc00ff2b45639261b7573a"
                                + " block_timestamp: missing value",
                        "bad-history.json data[5] tx zze6a4427d9f0e231dfabc480481da69dbeaa76e57c3f5bbb645b89346389240"
                                + " transaction_id: not a 32-byte hex transaction id: 'zze6a4427d9f0e231dfab...'",
                        "error-page.json response 1 -: TronGrid error: request rate exceeded the allowed_rps(15), and"
                                + " the query server is suspended for 4s",
                        "nft-log.json block 60000200 tx 0x771708f9530a4d4c92f0f6fd884695d127b9f6d3ab7816018fe9e3f4afc7b123"
                                + " log 0 topics: TRC-721 transfer of token id 7 (4 topics, no data): not a TRC-20 amount",
                        "truncated-events.json response 1 -: truncated or malformed JSON: Unexpected end-of-input in"
                                + " VALUE_STRING at line 43");
        assertThat(loaded.column("MATCH ()-[t:TRANSFER]->() RETURN t.amount AS s ORDER BY s"))
                .as("the good history item and the complete event before the cut load")
                .containsExactly("11.000000", "42.000000");
    }

    @Test
    void files_that_are_not_tron_exports_fail_fast() {
        assertThatThrownBy(() -> load(FIXTURES.resolve("wrong-format/transactions.csv")))
                .isInstanceOf(SourceFormatException.class)
                .hasMessageContaining("not a TRON export");
        assertThatThrownBy(() -> load(FIXTURES.resolve("wrong-format/other.json")))
                .isInstanceOf(SourceFormatException.class)
                .hasMessageContaining("neither a TronGrid page");
        assertThat(loaded.count("MATCH (n:Wallet) RETURN count(n) AS c")).isZero();
    }

    @Test
    void loading_again_adds_nothing() {
        loadFolder(FIXTURES.resolve("good"));
        var before = loaded.checksum();

        loadFolder(FIXTURES.resolve("good"));

        assertThat(loaded.checksum()).isEqualTo(before);
    }

    @Test
    void a_run_that_failed_mid_page_resumes_from_its_last_chunk_and_completes() {
        var page = FIXTURES.resolve("good/trc20-history.json");
        var jobs = new AtomicInteger();
        IngestJobFactory crashingInItsFirstRun = new IngestJobFactory() {
            @Override
            public String jobName() {
                return job.jobName();
            }

            @Override
            public Job create(Path input, Map<String, String> options) {
                return job.create(
                        input,
                        options,
                        writer -> jobs.incrementAndGet() == 1 ? new CrashingWriter<>(writer, 1) : writer);
            }
        };

        var failed = launcher.launch(crashingInItsFirstRun, page, Map.of(), false);
        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(loaded.count("MATCH ()-[t:TRANSFER]->() RETURN count(t) AS c"))
                .isEqualTo(3);

        var resumed = launcher.launch(crashingInItsFirstRun, page, Map.of(), false);

        assertThat(resumed.status()).isEqualTo("COMPLETED");
        assertThat(resumed.read()).as("the items after the first chunk of 3").isEqualTo(4);
        assertThat(loaded.count("MATCH ()-[t:TRANSFER]->() RETURN count(t) AS c"))
                .as("the identical pair read after the restart is still two transfers, numbered 1 and 2")
                .isEqualTo(6);
    }

    @Test
    void the_published_tron_json_rpc_responses_decode_and_move_no_token() {
        Assumptions.assumeTrue(Files.exists(REFERENCE), "shared reference data present");
        var results = loadFolder(REFERENCE);

        assertThat(results).hasSize(3).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo("COMPLETED");
            assertThat(r.read()).isEqualTo(1);
            assertThat(r.skipped()).as("the one log is not a Transfer event").isZero();
            assertThat(r.written()).isZero();
        });
    }

    private IngestResult load(Path file) {
        return launcher.launch(job, file, Map.of(), true);
    }

    private List<IngestResult> loadFolder(Path folder) {
        var results = new ArrayList<IngestResult>();
        for (var file : EvmFolderIndex.exportFiles(folder)) {
            results.add(load(file));
        }
        return results;
    }
}
