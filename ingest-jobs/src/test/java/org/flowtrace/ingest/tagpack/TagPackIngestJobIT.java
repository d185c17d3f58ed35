package org.flowtrace.ingest.tagpack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
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
class TagPackIngestJobIT {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/tagpack");
    private static final Path PACKS = Path.of("../../shared/reference-data/attribution/graphsense-tagpacks");

    @Autowired
    IngestLauncher launcher;

    @Autowired
    TagPackIngestJob job;

    @Autowired
    GraphConnection graph;

    LoadedGraph loaded;

    @BeforeEach
    void readBack() {
        loaded = new LoadedGraph(graph);
    }

    @Test
    void tags_wallets_with_inherited_header_fields_and_marks_exchanges_custodial() {
        var result = load(FIXTURES.resolve("scam-compound.yaml"));

        assertThat(result.status()).isEqualTo("COMPLETED");
        assertThat(result.written()).isEqualTo(5);
        assertThat(
                        tag(
                                "TRON:TCp7NFtWS3cXo7LwH6TvsyYxb3DziwEdxY",
                                "t.label + ' ' + t.category + ' ' + t.abuse + ' ' + t.source + ' ' + t.confidence + ' ' + t.confidenceLevel + ' ' + coalesce(w.custodial, false)"))
                .as("source and confidence inherited from the header")
                .isEqualTo(
                        "compound collection wallet scam scam https://example.org/case/2026-041 forensic_investigation 70 false");
        assertThat(tag(
                        "TRON:TPHDMZZvzsC7tUqiNTh31FSxqr7P9uFxfv",
                        "t.label + ' ' + w.custodial + ' ' + w.custodian + ' ' + w.hex"))
                .as("a USDT tag on a T… address is a TRON wallet")
                .isEqualTo("exchange deposit address true okx 41922a1df5a1ab5be5d2cfc3a8a5082c44be9c46a1"
                        .replace(
                                "41922a1df5a1ab5be5d2cfc3a8a5082c44be9c46a1",
                                org.flowtrace.ingest.tron.TronAddress.parse("TPHDMZZvzsC7tUqiNTh31FSxqr7P9uFxfv")
                                        .hex()));
        assertThat(tag("ETHEREUM:0xf2d325d59d3147e8566e28572b6cc564227e1ca7", "w.custodial + ' ' + w.custodian"))
                .as("the exchange concept marks a wallet custodial too")
                .isEqualTo("true binance");
        assertThat(tag(
                        "ETHEREUM:0xd90e2f925da726b50c4ed8d0fb90ad053324f31b",
                        "t.abuse + ' ' + t.confidenceLevel + ' ' + w.written"))
                .isEqualTo("ransomware 60 0xd90e2f925DA726b50C4Ed8D0Fb90Ad053324F31b");
        assertThat(tag("BITCOIN:1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", "t.label")).isEqualTo("compound bitcoin wallet");
        assertThat(LoadedGraph.rejects(result))
                .containsExactlyInAnyOrder(
                        "scam-compound.yaml tags[5] address: missing value",
                        "scam-compound.yaml tags[6] address: not a TRON address: base58check checksum does not match",
                        "scam-compound.yaml tags[7] currency: currency XRP is not a chain flowtrace stores (ETH, TRX, BTC, and USDT/USDC on them)",
                        "scam-compound.yaml tags[8] address: EIP-55 checksum does not match: a mistyped address?",
                        "scam-compound.yaml tags[9] label: missing value",
                        "scam-compound.yaml tags[10] address: USDT address of a network flowtrace does not store (neither a TRON T… nor an 0x address)",
                        "scam-compound.yaml tags[11] address: not a 20-byte 0x-hex Ethereum address",
                        "scam-compound.yaml tags[12] address: not a Bitcoin address: base58check checksum does not match",
                        "scam-compound.yaml tags[13] network: network BSC is not a chain flowtrace stores (ETH, TRX, BTC, and USDT/USDC on them)");
        assertThat(loaded.count("MATCH (n) WHERE (n:Wallet OR n:Tag) AND size(n.prov) <> 1 RETURN count(n) AS c"))
                .isZero();
        assertThat(loaded.count("MATCH ()-[r:TAGGED]->() WHERE size(r.prov) = 1 RETURN count(r) AS c"))
                .isEqualTo(5);
    }

    @Test
    void loading_a_pack_again_adds_nothing() {
        load(FIXTURES.resolve("scam-compound.yaml"));
        var before = loaded.checksum();

        load(FIXTURES.resolve("scam-compound.yaml"));

        assertThat(loaded.checksum()).isEqualTo(before);
    }

    @Test
    void a_run_that_failed_mid_pack_resumes_from_its_last_chunk_and_completes() {
        var pack = FIXTURES.resolve("scam-compound.yaml");
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

        var failed = launcher.launch(crashingInItsFirstRun, pack, Map.of(), false);
        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(loaded.count("MATCH (t:Tag) RETURN count(t) AS c")).isEqualTo(3);

        var resumed = launcher.launch(crashingInItsFirstRun, pack, Map.of(), false);

        assertThat(resumed.status()).isEqualTo("COMPLETED");
        assertThat(resumed.read()).as("the 11 tags after the first chunk of 3").isEqualTo(11);
        assertThat(resumed.written()).isEqualTo(2);
        assertThat(loaded.count("MATCH (:Wallet)-[:TAGGED]->(t:Tag) RETURN count(t) AS c"))
                .isEqualTo(5);
    }

    @Test
    void files_that_are_not_tagpacks_fail_fast() {
        assertThatThrownBy(() -> load(FIXTURES.resolve("actorpack.yaml")))
                .isInstanceOf(SourceFormatException.class)
                .hasMessageEndingWith("not a TagPack: an ActorPack (actors, not tags)");
        assertThatThrownBy(() -> load(FIXTURES.resolve("broken.yaml")))
                .isInstanceOf(SourceFormatException.class)
                .hasMessageContaining("not valid YAML");
        assertThat(loaded.count("MATCH (n:Tag) RETURN count(n) AS c")).isZero();
    }

    @Test
    void the_graphsense_packs_tag_exchange_reserves_mixers_and_blacklisted_wallets() {
        Assumptions.assumeTrue(Files.exists(PACKS), "shared reference data present");
        var kucoin = load(PACKS.resolve("exchange-wallets-kucoin.yaml"));
        var tornado = load(PACKS.resolve("tornado_cash.yaml"));
        var blacklist = load(PACKS.resolve("usdt_blacklist.yaml"));

        assertThat(tag(
                        "ETHEREUM:0x88bd4d3e2997371bceefe8d9386c6b5b4de60346",
                        "t.label + ' ' + w.custodial + ' ' + w.custodian"))
                .isEqualTo("kucoin USDT reserves true kucoin");
        assertThat(tag("TRON:TQeNNo5zVarhdKm5EiJSekfNXg6H1tRN4n", "t.label + ' ' + t.confidence + ' ' + w.custodial"))
                .isEqualTo("kucoin USDT reserves service_data true");
        assertThat(LoadedGraph.rejects(kucoin))
                .contains("exchange-wallets-kucoin.yaml tags[19] address: USDT address of a network flowtrace does not"
                        + " store (neither a TRON T… nor an 0x address)");
        assertThat(tornado.skipped()).isZero();
        assertThat(tag(
                        "ETHEREUM:0xd90e2f925da726b50c4ed8d0fb90ad053324f31b",
                        "t.category + ' ' + t.confidenceLevel + ' ' + coalesce(w.custodial, false)"))
                .isEqualTo("mixing_service 60 false");
        assertThat(blacklist.skipped()).isZero();
        assertThat(blacklist.written()).isEqualTo(774);
        assertThat(tag("ETHEREUM:0x008fe40574e881e7247b50b991c0cc057d66647f", "t.label + ' ' + t.context"))
                .isEqualTo(
                        "USDT_blacklisted {\"transaction\": \"0x348a042dfedaf64400bf6660fe0ed523b373f172b7914985600d882ac09e0631\","
                                + " \"token\": \"USDT\"}");
    }

    private String tag(String walletKey, String expression) {
        return loaded.single(
                "MATCH (w:Wallet {key: '" + walletKey + "'})-[:TAGGED]->(t:Tag) RETURN " + expression + " AS s");
    }

    private IngestResult load(Path file) {
        return launcher.launch(job, file, Map.of(), true);
    }
}
