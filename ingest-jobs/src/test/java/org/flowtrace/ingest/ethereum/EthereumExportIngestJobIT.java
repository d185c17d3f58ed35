package org.flowtrace.ingest.ethereum;

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
class EthereumExportIngestJobIT {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/ethereum");
    private static final Path MAINNET_2023 =
            Path.of("../../shared/reference-data/ethereum/ethereum-etl/test_stream/blocks_17173049_17173050");
    private static final Path MAINNET_2016 =
            Path.of("../../shared/reference-data/ethereum/ethereum-etl/test_stream/blocks_1755634_1755635");

    private static final String TX_A = "0x559aead08264d5795d3909718cdd05abd49572e84fe55590eef31a88a08fdffd";
    private static final String TX_B = "0xdf7e70e5021544f4834bbee64a9e3789febc4be81470df629cad6ddb03320a5c";
    private static final String TX_D = "0x3f39d5c348e5b79d06e842c114e6cc571583bbf44e4b0ebfda1a01ec05745d43";
    private static final String TX_E = "0xa9f51566bd6705f7ea6ad54bb9deb449f795582d6529a0e22207b8981233ec58";
    private static final String COMPOUND = "0xe60429c975163a8569c608a9a0d9ebeb2a0dcf82";
    private static final String NEW_CONTRACT = "0x07c75e31702a131a71babfaa739faa29dfc30646";

    @Autowired
    IngestLauncher launcher;

    @Autowired
    EthereumExportIngestJob job;

    @Autowired
    GraphConnection graph;

    LoadedGraph loaded;

    @BeforeEach
    void readBack() {
        loaded = new LoadedGraph(graph);
    }

    @Test
    void loads_ether_and_erc20_transfers_from_saved_json_rpc_responses_with_exact_amounts() {
        var results = loadFolder(FIXTURES.resolve("rpc"), Map.of());

        assertThat(results).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo("COMPLETED");
            assertThat(r.skipped()).isZero();
        });
        assertThat(loaded.count("MATCH ()-[t:TRANSFER]->() RETURN count(t) AS c"))
                .isEqualTo(7);
        assertThat(transfer(
                        "ETHEREUM:" + TX_A,
                        "t.amount + ' ' + t.asset + ' ' + t.txStatus + ' ' + t.block + ' ' + toString(t.at)"))
                .isEqualTo("1.500000000000000000 ETHEREUM:ETH success 19000000 2024-01-13T16:09:39Z");
        assertThat(
                        transfer(
                                "ETHEREUM:" + TX_B + ":0",
                                "t.amount + ' ' + t.asset + ' ' + t.usd + ' ' + t.usdRateSource + ' ' + t.channel + ' ' + t.logIndex"))
                .isEqualTo(
                        "2500.000000 ETHEREUM:0xdac17f958d2ee523a2206206994597c13d831ec7 2500.00 stablecoin-par ERC-20 0");
        assertThat(loaded.single("MATCH ()-[t:TRANSFER {id: 'ETHEREUM:" + TX_B + ":0'}]->() RETURN t.prov[0] AS s"))
                .endsWith("|block 19000000 tx " + TX_B + " log 0");
        assertThat(loaded.count("MATCH ()-[t:TRANSFER {id: 'ETHEREUM:" + TX_B + "'}]->() RETURN count(t) AS c"))
                .as("a zero-value token call moves no ether")
                .isZero();
        assertThat(loaded.count("MATCH ()-[t:TRANSFER {amount: '2.000000000000000000'}]->() RETURN count(t) AS c"))
                .as("a failed transaction moves nothing")
                .isZero();
        assertThat(transfer("ETHEREUM:" + TX_D, "b.key + ' ' + t.amount"))
                .as("a creation pays the contract its receipt names")
                .isEqualTo("ETHEREUM:" + NEW_CONTRACT + " 0.100000000000000000");
        assertThat(transfer("ETHEREUM:" + TX_E, "t.txStatus + ' ' + b.key + ' ' + b.written"))
                .isEqualTo(
                        "unknown ETHEREUM:0xd90e2f925da726b50c4ed8d0fb90ad053324f31b 0xd90e2f925DA726b50C4Ed8D0Fb90Ad053324F31b");
        assertThat(loaded.single("""
                        MATCH (:Wallet {key: 'ETHEREUM:%s'})-[t:TRANSFER]->() WHERE t.channel = 'ERC-20'
                        WITH t ORDER BY t.logIndex
                        RETURN reduce(s = '', x IN collect(t.amount + ' ' + t.asset + ' ' + toString(t.at)) | s + x + '; ') AS s
                        """.formatted(COMPOUND)))
                .isEqualTo(
                        "1234567.891234 ETHEREUM:0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48 2024-01-13T16:09:51Z; "
                                + "42.00000000 ETHEREUM:0x8e277d568ae10454bee06c46335157d274170e4b 2024-01-13T16:09:51Z; "
                                + "123456789012.345678901234567890 ETHEREUM:0x6b175474e89094c44da98b954eedeac495271d0f 2024-01-13T16:09:51Z; ");
        assertThat(
                        loaded.single(
                                "MATCH (a:Asset {code: 'ETHEREUM:0x8e277d568ae10454bee06c46335157d274170e4b'}) RETURN a.symbol + ' ' + a.decimals AS s"))
                .as("decimals and symbol from the recorded decimals() and symbol() calls")
                .isEqualTo("SCAM 8");
        assertThat(loaded.count("MATCH (n) WHERE (n:Wallet OR n:Asset) AND size(n.prov) = 0 RETURN count(n) AS c"))
                .isZero();
    }

    @Test
    void loads_ethereum_etl_csv_and_json_lines_exports() {
        var results = loadFolder(FIXTURES.resolve("etl"), Map.of());

        assertThat(results).allSatisfy(r -> assertThat(r.skipped()).isZero());
        assertThat(
                        loaded.column(
                                "MATCH ()-[t:TRANSFER]->() RETURN t.id + ' ' + t.amount + ' ' + toString(t.at) AS s ORDER BY s"))
                .as("the JSON lines state one USDT transfer twice, as a log and as a token transfer: one transfer")
                .containsExactly(
                        "ETHEREUM:0x113ee1e3e8b95dc3108dc5212476440ded45f77465ffc16ed45226affc25bfab 0.250000000000000000 2023-04-12T22:27:35Z",
                        "ETHEREUM:0x3c69a5a9dd457b3fa2b76d9055d42b94232433654f5c991a9037840788c12627:11 77.000000 2023-04-12T22:27:35Z",
                        "ETHEREUM:0x427e1841dc9dcdef1d7a34f2b51b529fb48adca28fdf50cce0473b1afa1f6dca:4 990.000000 2023-04-12T22:27:35Z",
                        "ETHEREUM:0xc455a636eee33624e9c62a46e8a70c66a5678496dfbbcd437139d46ed0421e23:5 1500.000000000000000000 2023-04-12T22:27:35Z");
        assertThat(
                        loaded.single(
                                "MATCH (a:Asset {code: 'ETHEREUM:0x86fa049857e0209aa7d9e616f7eb3b3b78ecfdb0'}) RETURN a.symbol + ' ' + a.decimals AS s"))
                .as("decimals from the ethereum-etl tokens export beside")
                .isEqualTo("EOS 18");
    }

    @Test
    void every_bad_record_is_rejected_with_its_locator_field_and_reason_and_the_rest_loads() {
        var results = loadFolder(FIXTURES.resolve("bad"), Map.of());

        var rejects = new ArrayList<String>();
        results.forEach(r -> rejects.addAll(LoadedGraph.rejects(r)));
        assertThat(rejects)
                .containsExactlyInAnyOrder(
                        "bad-logs.json block 19000002 tx " + tx("bad1")
                                + " log 1 address: not a 20-byte 0x-hex address: '0xdac17f958d2ee523a22...'",
                        "bad-logs.json block 19000002 tx " + tx("bad2")
                                + " log 2 data: odd number of hex digits (5): not whole bytes",
                        "bad-logs.json block 19000002 tx " + tx("bad3") + " log 3 topics: missing value",
                        "bad-logs.json block 19000002 tx " + tx("bad4")
                                + " log 4 topics: ERC-721 transfer of token id 1234 (4 topics, no data): not an ERC-20 amount",
                        "bad-logs.json block 19000002 tx " + tx("bad5")
                                + " log 5 address: token without decimals: 0xeda120feb230b750e19886c5c82a3a0b2bd7ab65"
                                + " is not in the token registry and no decimals export in the folder states them",
                        "bad-logs.json block 0xZZ tx " + tx("bad6")
                                + " log 6 blockNumber: not a 0x-hex quantity: '0xZZ'",
                        "bad-logs.json block 19000002 tx " + tx("bad7")
                                + " log 7 removed: log removed by a chain reorganisation (removed: true)",
                        "bad-logs.json block 19000002 tx " + tx("bad8")
                                + " log 8 topics: topic 2 is not 32 bytes of 0x-hex: '0x1234'",
                        "bad-logs.json block 19000002 tx " + tx("bad9")
                                + " log 9 topics: Transfer event with 3 topics and 2 data"
                                + " words is neither ERC-20 (3 values) nor ERC-721 (4 topics, no data)",
                        "bad-logs.json block 19000002 log 10 transactionHash: missing value",
                        "bad-logs.json block 19000002 tx " + tx("bad11") + " log 11 topics: Transfer address word"
                                + " 0xfffffffffffffffffffff... is not an ABI-encoded address (upper 12 bytes not zero)",
                        "batch.json response 2 -: JSON-RPC error -32000: header not found",
                        "error.json response 1 -: JSON-RPC error -32005: query returned more than 10000 results",
                        "lines.jsonl line 2 -: JSON line without an ethereum-etl \"type\"",
                        "lines.jsonl line 3 -: unknown ethereum-etl type 'nonsense'",
                        "lines.jsonl block 19000002 tx " + tx("jl3") + " log 43 value: not a decimal integer: '-5'",
                        "lines.jsonl line 5 -: not a complete JSON object (truncated?): Unexpected end-of-input in property name",
                        "token_transfers.csv block 19000002 tx " + tx("tt0")
                                + " log 50 token_address: token without decimals:"
                                + " 0x390afe4641238bb530b465bf9b66fbc3d8b85fa0 is not in the token registry and no decimals"
                                + " export in the folder states them",
                        "token_transfers.csv block 19000002 tx " + tx("tt1")
                                + " log 51 value: not a decimal integer: '1.5'",
                        "transactions.csv block 19000002 tx " + tx("csv2") + " value: not a decimal integer: '12abc'",
                        "transactions.csv block 19000002 tx " + tx("csv3")
                                + " from_address: not a 20-byte 0x-hex address: '0x123'",
                        "transactions.csv line 6 -: expected 21 fields, found 8 (truncated row?)",
                        "truncated-logs.json response 1 -: truncated or malformed JSON: Unexpected end-of-input in"
                                + " VALUE_STRING at line 45");
        assertThat(loaded.column("MATCH ()-[t:TRANSFER]->() RETURN t.amount + ' ' + t.channel AS s ORDER BY s"))
                .as("every good record beside a bad one loads: nothing else is lost")
                .containsExactly(
                        "0.500000000000000000 ETH",
                        "1.000000 ERC-20",
                        "2.000000 ERC-20",
                        "3.000000 ERC-20",
                        "4.000000 ERC-20",
                        "6.000000 ERC-20",
                        "7.000000 ERC-20",
                        "8.000000 ERC-20",
                        "9.000000 ERC-20");
    }

    @Test
    void files_that_are_not_ethereum_exports_fail_fast_and_load_nothing() {
        var folder = FIXTURES.resolve("wrong-format");
        assertThatThrownBy(() -> load(folder.resolve("not-an-export.xml")))
                .isInstanceOf(SourceFormatException.class)
                .hasMessageEndingWith("not-an-export.xml: not an Ethereum export: it looks like XML");
        assertThatThrownBy(() -> load(folder.resolve("ledger.csv")))
                .isInstanceOf(SourceFormatException.class)
                .hasMessageContaining("not an ethereum-etl CSV export")
                .hasMessageContaining("header is Timestamp,From Bank");
        assertThatThrownBy(() -> load(folder.resolve("empty.json")))
                .isInstanceOf(SourceFormatException.class)
                .hasMessageEndingWith("empty file: nothing to load");
        assertThatThrownBy(() -> load(folder.resolve("trongrid-page.json")))
                .isInstanceOf(SourceFormatException.class)
                .hasMessageContaining("neither a JSON-RPC response");
        assertThat(loaded.count("MATCH (n) WHERE n:Wallet OR n:Asset RETURN count(n) AS c"))
                .isZero();
    }

    @Test
    void loading_the_same_folder_again_adds_nothing() {
        loadFolder(FIXTURES.resolve("rpc"), Map.of());
        loadFolder(FIXTURES.resolve("etl"), Map.of());
        var before = loaded.checksum();

        var again = new ArrayList<IngestResult>();
        again.addAll(loadFolder(FIXTURES.resolve("rpc"), Map.of()));
        again.addAll(loadFolder(FIXTURES.resolve("etl"), Map.of()));

        assertThat(again).allSatisfy(r -> assertThat(r.status()).isEqualTo("COMPLETED"));
        assertThat(again.stream().mapToLong(IngestResult::written).sum()).isEqualTo(7 + 5);
        assertThat(loaded.checksum()).isEqualTo(before);
    }

    @Test
    void a_run_that_failed_mid_file_resumes_from_its_last_chunk_and_completes() {
        var file = FIXTURES.resolve("rpc/block-19000000.json");
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

        var failed = launcher.launch(crashingInItsFirstRun, file, Map.of(), false);
        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.read()).isEqualTo(5);
        assertThat(failed.written())
                .as("the first chunk of 3 transactions held one transfer")
                .isEqualTo(1);
        assertThat(loaded.count("MATCH ()-[t:TRANSFER]->() RETURN count(t) AS c"))
                .isEqualTo(1);

        var resumed = launcher.launch(crashingInItsFirstRun, file, Map.of(), false);

        assertThat(resumed.status()).isEqualTo("COMPLETED");
        assertThat(resumed.read())
                .as("only the transactions after the last committed chunk")
                .isEqualTo(2);
        assertThat(resumed.written()).isEqualTo(2);
        assertThat(loaded.column("MATCH ()-[t:TRANSFER]->() RETURN t.id AS s ORDER BY s"))
                .containsExactlyInAnyOrder("ETHEREUM:" + TX_A, "ETHEREUM:" + TX_D, "ETHEREUM:" + TX_E);
        assertThat(launcher.launch(job, file, Map.of(), false).status()).isEqualTo("ALREADY_LOADED");
    }

    @Test
    void the_mainnet_export_of_blocks_17173049_and_17173050_loads_its_known_tokens_exactly() {
        Assumptions.assumeTrue(Files.exists(MAINNET_2023), "shared reference data present");
        var results = loadFolder(MAINNET_2023, Map.of());

        assertThat(results).allSatisfy(r -> assertThat(r.status()).isEqualTo("COMPLETED"));
        assertThat(loaded.count("MATCH ()-[t:TRANSFER {channel: 'ERC-20'}]->() RETURN count(t) AS c"))
                .as("149 of the 282 ERC-20 transfers are of registry tokens")
                .isEqualTo(149);
        assertThat(loaded.count("MATCH ()-[t:TRANSFER {channel: 'ETH'}]->() RETURN count(t) AS c"))
                .as("127 successful transactions moved ether; 8 failed ones did not")
                .isEqualTo(127);
        assertThat(transfer(
                        "ETHEREUM:0xd4afff4fe5b2a36d608d49a76878360c49f2fdc07793415b29ab61202d30080e:49",
                        "a.key + ' ' + b.key + ' ' + t.amount + ' ' + toString(t.at)"))
                .isEqualTo(
                        "ETHEREUM:0xe10510a359ff2334314052196780c5216e2a39f8 ETHEREUM:0x1f87bc6687c52200aad234b7055568e92c943c46"
                                + " 30.000000 2023-05-02T12:19:59Z");
        assertThat(transfer(
                        "ETHEREUM:0xcf08c55d27c2b1988c58517f7f2d027e0cb6412afd272b7abc7706ce72e5e354",
                        "t.amount + ' ' + b.key"))
                .isEqualTo("32.000000000000000000 ETHEREUM:0x00000000219ab540356cbb839cbe05303d7705fa");
        var rejects = new ArrayList<String>();
        results.forEach(r -> rejects.addAll(LoadedGraph.rejects(r)));
        assertThat(rejects.stream().filter(r -> r.contains("ERC-721 transfer"))).hasSize(9);
        assertThat(rejects.stream().filter(r -> r.contains("token without decimals")))
                .hasSize(133 + 142);
        assertThat(rejects).hasSize(9 + 133 + 142);
    }

    @Test
    void the_mainnet_export_of_2016_loads_with_decimals_from_a_tokens_export() {
        Assumptions.assumeTrue(Files.exists(MAINNET_2016), "shared reference data present");
        var tokens = FIXTURES.resolve("dao-tokens.csv").toAbsolutePath().toString();

        var results = loadFolder(MAINNET_2016, Map.of(EthereumExportIngestJob.TOKENS, tokens));

        assertThat(results).allSatisfy(r -> assertThat(r.skipped()).isZero());
        assertThat(transfer(
                        "ETHEREUM:0x2e3dcd051a91d3a694f6b8de2ac4b5fe7acdba55f58bcf8471ff00d4a430074d:0",
                        "t.amount + ' ' + t.asset + ' ' + toString(t.at)"))
                .isEqualTo(
                        "500.0000000000000000 ETHEREUM:0xbb9bc244d798123fde783fcc1c72d3bb8c189413 2016-06-23T08:12:42Z");
    }

    /** The fixture generator's transaction hash for a label: SHA-256 of the label. */
    private static String tx(String label) {
        try {
            return "0x"
                    + java.util.HexFormat.of()
                            .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                    .digest(label.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String transfer(String id, String expression) {
        return loaded.single("MATCH (a)-[t:TRANSFER {id: '" + id + "'}]->(b) RETURN " + expression + " AS s");
    }

    private IngestResult load(Path file) {
        return launcher.launch(job, file, Map.of(), true);
    }

    private List<IngestResult> loadFolder(Path folder, Map<String, String> options) {
        var results = new ArrayList<IngestResult>();
        for (var file : EvmFolderIndex.exportFiles(folder)) {
            results.add(launcher.launch(job, file, options, true));
        }
        return results;
    }
}
