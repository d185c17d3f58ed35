package org.flowtrace.ingest.sanctions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.testing.Neo4jTest;
import org.flowtrace.ingest.CrashingJobFactory;
import org.flowtrace.ingest.IngestTestApplication;
import org.flowtrace.ingest.LoadedGraph;
import org.flowtrace.ingest.SourceFormatException;
import org.flowtrace.ingest.support.GraphFragment;
import org.flowtrace.ingest.support.IngestLauncher;
import org.flowtrace.ingest.support.IngestResult;
import org.flowtrace.ingest.tron.TronAddress;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@Neo4jTest
@SpringBootTest(classes = IngestTestApplication.class)
class OfacIngestJobIT {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/ofac");
    private static final Path REFERENCE = Path.of("../../shared/reference-data/sanctions-crypto");

    @Autowired
    IngestLauncher launcher;

    @Autowired
    OfacIngestJob job;

    @Autowired
    GraphConnection graph;

    LoadedGraph loaded;

    @BeforeEach
    void readBack() {
        loaded = new LoadedGraph(graph);
    }

    @Test
    void the_sdn_xml_designates_parties_and_their_wallets_on_each_chain() {
        var result = load(FIXTURES.resolve("sdn.xml"));

        assertThat(result.status()).isEqualTo("COMPLETED");
        assertThat(result.written()).isEqualTo(4);
        assertThat(LoadedGraph.rejects(result))
                .containsExactly(
                        "sdn.xml /sdnList/sdnEntry[4] (uid 90004) lastName: missing value: an entry has a name");
        assertThat(result.counts())
                .containsEntry("designatedWallets", 4L)
                .containsEntry("addressesOnChainsNotStored", 1L)
                .containsEntry("invalidAddresses", 1L);
        assertThat(loaded.single("""
                        MATCH (p:Person {key: 'ofac-sdn:90001'})-[:DESIGNATED_BY]->(d:Designation {key: 'ofac-sdn:90001'})
                        RETURN p.name + ' | ' + p.birthDate + ' | ' + p.gender + ' | ' + p.aliases[0] + ' | '
                               + p.nationalities[1] + ' | ' + d.list + ' | ' + d.programs[0] AS s""")).isEqualTo("SHE, Zhijiang | 1982 | Male | 佘智江 | Cambodia | OFAC SDN | TCO");
        assertThat(loaded.column("""
                        MATCH (:Person {key: 'ofac-sdn:90001'})-[c:CONTROLS_WALLET]->(w:Wallet)-[:DESIGNATED_BY]->
                              (:Designation {key: 'ofac-sdn:90001'})
                        WHERE w.designated
                        RETURN w.key + ' ' + c.currency AS s ORDER BY s"""))
                .containsExactly(
                        "BITCOIN:1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2 XBT",
                        "ETHEREUM:0xd90e2f925da726b50c4ed8d0fb90ad053324f31b ETH",
                        "TRON:TCp7NFtWS3cXo7LwH6TvsyYxb3DziwEdxY USDT",
                        "TRON:TPHDMZZvzsC7tUqiNTh31FSxqr7P9uFxfv TRX");
        assertThat(loaded.single("MATCH (w:Wallet {key: 'TRON:TCp7NFtWS3cXo7LwH6TvsyYxb3DziwEdxY'}) RETURN w.hex AS s"))
                .isEqualTo(
                        TronAddress.parse("TCp7NFtWS3cXo7LwH6TvsyYxb3DziwEdxY").hex());
        assertThat(loaded.column("""
                        MATCH (:Person {key: 'ofac-sdn:90001'})-[:HAS_IDENTIFIER]->(i) RETURN i.key AS s ORDER BY s"""))
                .containsExactly(
                        "CRYPTO:XMR:4AdUndXHHZ6cfufTMvppY6JwXNouMBzSkbLYfpAV5Usx3skxNgYeYTRj5UzqtReoS44qo9mtmXCqY45DJ852K5Jv2684Rge",
                        "PASSPORT:CN:E12345678");
        assertThat(loaded.single("""
                        MATCH (o:Organisation {key: 'ofac-sdn:90002'})-[:DESIGNATED_BY]->(d)
                        MATCH (o)-[:HAS_IDENTIFIER]->(reg {key: 'REG:MM:111222333'})
                        MATCH (o)-[:HAS_ADDRESS]->(a)
                        RETURN o.name + ' | ' + o.aliases[0] + ' | ' + d.programs[1] + ' | ' + a.key AS s"""))
                .isEqualTo(
                        "YATAI INTERNATIONAL HOLDING GROUP | ရွှေကုက္ကိုလ် | BURMA-EO14014 | ADDRESS:MM:MYAWADDY:SHWE KOKKO KAYIN STATE");
        assertThat(loaded.single("""
                        MATCH (v:Party {key: 'ofac-sdn:90003'})
                        RETURN v.sdnType + ' ' + (v:Person OR v:Organisation) AS s""")).isEqualTo("Vessel false");
        assertThat(loaded.single("""
                        MATCH (:Person {key: 'ofac-sdn:90005'})-[:HAS_IDENTIFIER]->(i)
                        RETURN i.key + ' | ' + i.invalid AS s"""))
                .as("an address failing its checksum is kept as written, marked invalid, not made a wallet")
                .isEqualTo("CRYPTO:ETH:0xD90e2f925DA726b50C4Ed8D0Fb90Ad053324F31b | EIP-55 checksum does not match: a"
                        + " mistyped address?");
    }

    @Test
    void a_cut_sdn_xml_rejects_the_entry_it_breaks_in_and_keeps_those_before() {
        var result = load(FIXTURES.resolve("truncated-sdn.xml"));

        assertThat(result.status()).isEqualTo("COMPLETED");
        assertThat(result.written()).isEqualTo(1);
        assertThat(LoadedGraph.rejects(result))
                .singleElement()
                .asString()
                .startsWith(
                        "truncated-sdn.xml /sdnList/sdnEntry[2] -: not well-formed XML, nothing after it can be read (line");
    }

    @Test
    void files_that_are_not_an_ofac_list_fail_fast() {
        assertThatThrownBy(() -> load(FIXTURES.resolve("not-sdn.xml")))
                .isInstanceOf(SourceFormatException.class)
                .hasMessageEndingWith("not an OFAC SDN list: root element <report>, expected <sdnList> or <Sanctions>");
        assertThatThrownBy(() -> load(FIXTURES.resolve("sdn_advanced-other-namespace.xml")))
                .isInstanceOf(SourceFormatException.class)
                .hasMessageContaining("not an OFAC sdn_advanced.xml: root <Sanctions> in namespace"
                        + " https://example.org/sanctions/2.0, expected one of [https://sanctionslistservice");
        assertThatThrownBy(() -> load(FIXTURES.resolve("README.md")))
                .isInstanceOf(SourceFormatException.class)
                .hasMessageContaining("not an OFAC CSV file");
        assertThat(loaded.count("MATCH (n:Designation) RETURN count(n) AS c")).isZero();
    }

    @Test
    void the_sdn_advanced_xml_resolves_its_references_and_designates_parties_wallets_and_relationships() {
        var result = load(FIXTURES.resolve("sdn_advanced.xml"));

        assertThat(result.status()).isEqualTo("COMPLETED");
        assertThat(result.written()).isEqualTo(6);
        assertThat(LoadedGraph.rejects(result))
                .containsExactly(
                        "sdn_advanced.xml /Sanctions/DistinctParties/DistinctParty[4] (FixedRef 90004)"
                                + " Profile/Identity/Alias[@Primary='true']/DocumentedName: missing value: a party has a"
                                + " primary name",
                        "sdn_advanced.xml /Sanctions/DistinctParties/DistinctParty[8] (FixedRef 90008)"
                                + " Profile/Feature[@ID=2800081]/@FeatureTypeID: unknown FeatureTypeID 99999: not in"
                                + " ReferenceValueSets/FeatureTypeValues");
        assertThat(result.counts())
                .containsEntry("designatedWallets", 6L)
                .containsEntry("addressesOnChainsNotStored", 1L)
                .containsEntry("invalidAddresses", 1L);
        assertThat(loaded.single("""
                        MATCH (p:Person {key: 'ofac-sdn:90001'})-[:DESIGNATED_BY]->(d:Designation {key: 'ofac-sdn:90001'})
                        MATCH (p)-[:HAS_IDENTIFIER]->(passport:Identifier {key: 'PASSPORT:CN:E12345678'})
                        RETURN p.name + ' | ' + p.birthDate + ' | ' + p.gender + ' | ' + p.aliases[0] + ' | '
                               + p.aliases[1] + ' | ' + p.nationalities[1] + ' | ' + p.placesOfBirth[0] + ' | '
                               + d.programs[0] AS s"""))
                .isEqualTo("SHE, Zhijiang | 1982 | Male | 佘智江 | TANG, Dixon | Cambodia | Hunan, China | TCO");
        assertThat(loaded.column("""
                        MATCH (:Party)-[c:CONTROLS_WALLET]->(w:Wallet)-[:DESIGNATED_BY]->(:Designation)
                        RETURN w.key + ' ' + c.currency AS s ORDER BY s"""))
                .as("USDT on TRON and on Ethereum, told apart by the address")
                .containsExactly(
                        "BITCOIN:1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa XBT",
                        "BITCOIN:1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2 XBT",
                        "ETHEREUM:0xd90e2f925da726b50c4ed8d0fb90ad053324f31b ETH",
                        "ETHEREUM:0xf2d325d59d3147e8566e28572b6cc564227e1ca7 USDT",
                        "TRON:TCp7NFtWS3cXo7LwH6TvsyYxb3DziwEdxY USDT",
                        "TRON:TPHDMZZvzsC7tUqiNTh31FSxqr7P9uFxfv TRX");
        assertThat(loaded.single("""
                        MATCH (o:Organisation {key: 'ofac-sdn:90002'})-[:HAS_IDENTIFIER]->(:Identifier {key: 'REG:MM:111222333'})
                        MATCH (o)-[:HAS_ADDRESS]->(a)
                        RETURN o.name + ' | ' + o.aliases[0] + ' | ' + o.programs[1] + ' | ' + a.key AS s"""))
                .isEqualTo(
                        "YATAI INTERNATIONAL HOLDING GROUP | ရွှေကုက္ကိုလ် | BURMA-EO14014 | ADDRESS:MM:MYAWADDY:SHWE KOKKO KAYIN STATE");
        assertThat(loaded.single("""
                        MATCH (a:Organisation {key: 'ofac-sdn:90007'})-[l:LINKED_TO]->(b:Organisation {key: 'ofac-sdn:90002'})
                        RETURN l.relation + ' | ' + l.former + ' | ' + a.aliases[0] AS s""")).isEqualTo("owned or controlled by | false | KOKANG EXCHANGE");
        assertThat(loaded.column("""
                        MATCH (t:Party) WHERE t.key IN ['ofac-sdn:90003', 'ofac-sdn:90006']
                        OPTIONAL MATCH (t)-[:HAS_IDENTIFIER]->(i)
                        RETURN t.name + ' ' + t.sdnType + ' ' + (t:Person OR t:Organisation) + ' ' + coalesce(i.key, '-') AS s
                        ORDER BY s"""))
                .as(
                        "a vessel and an aircraft are parties of no kind; the vessel's call sign, type and flag are not read")
                .containsExactly(
                        "LANCANG STAR Vessel false VESSEL-REGISTRATION-IDENTIFICATION:IMO9123456",
                        "XU-ABC Aircraft false AIRCRAFT-MODEL:ANTONOVAN26");
        assertThat(loaded.single("MATCH (d:Designation {key: 'ofac-sdn:90007'}) RETURN d.remarks AS s"))
                .isEqualTo("Golden Triangle payment agent");
    }

    @Test
    void sdn_xml_and_sdn_advanced_xml_give_the_same_graph_for_the_same_parties() {
        var parties = List.of("ofac-sdn:90001", "ofac-sdn:90002", "ofac-sdn:90003", "ofac-sdn:90005");
        load(FIXTURES.resolve("sdn.xml"));
        var fromSdnXml = partiesAsLoaded(parties);
        loaded.clearEvidence();

        load(FIXTURES.resolve("sdn_advanced.xml"));
        var fromAdvanced = partiesAsLoaded(parties);

        assertThat(fromSdnXml).hasSize(19);
        assertThat(fromAdvanced).isEqualTo(fromSdnXml);
    }

    @Test
    void a_cut_sdn_advanced_xml_fails_without_loading_anything(@TempDir Path work) throws Exception {
        var whole = Files.readString(FIXTURES.resolve("sdn_advanced.xml"));
        var cut = work.resolve("sdn_advanced.xml");
        Files.writeString(cut, whole.substring(0, whole.indexOf("<DistinctParty FixedRef=\"90005\">") + 40));

        var result = load(cut);

        assertThat(result.status()).isEqualTo("FAILED");
        assertThat(result.failure())
                .contains("not well-formed XML at line")
                .endsWith("the sanctions entries after the parties cannot be read, so nothing is loaded");
        assertThat(loaded.count("MATCH (n:Party) RETURN count(n) AS c")).isZero();
    }

    @Test
    void loading_the_advanced_list_again_adds_nothing_and_a_run_failed_mid_list_resumes_to_the_same_graph() {
        var file = FIXTURES.resolve("sdn_advanced.xml");
        load(file);
        var whole = loaded.checksum();
        load(file);
        assertThat(loaded.checksum()).isEqualTo(whole);

        var acrossRuns = loaded.checksumAcrossRuns();
        loaded.clearEvidence();
        var crashingInItsFirstRun = new CrashingJobFactory<GraphFragment>(job.jobName(), 1, job::create);
        assertThat(launcher.launch(crashingInItsFirstRun, file, Map.of(), false).status())
                .isEqualTo("FAILED");
        var resumed = launcher.launch(crashingInItsFirstRun, file, Map.of(), false);

        assertThat(resumed.status()).isEqualTo("COMPLETED");
        assertThat(resumed.read())
                .as("the parties after the first chunk of 3, those rejected when read aside")
                .isEqualTo(3);
        assertThat(loaded.checksumAcrossRuns()).isEqualTo(acrossRuns);
    }

    /**
     * Each party with its labels and properties, and each relationship from it (links between parties
     * aside: sdn.xml states none) with the node it leads to, provenance left out: what a load says
     * about the parties, whichever file it read.
     */
    private List<String> partiesAsLoaded(List<String> keys) {
        var lines = new ArrayList<String>();
        graph.readQuery("""
                        MATCH (p:Party) WHERE p.key IN $keys
                        RETURN p.key AS key, labels(p) AS l, properties(p) AS p
                        """)
                .withParameters(Map.of("keys", keys))
                .execute()
                .records()
                .forEach(r -> lines.add(
                        r.get("key").asString() + " " + sorted(r.get("l").asList())
                                + withoutProvenance(r.get("p").asMap())));
        graph.readQuery("""
                        MATCH (p:Party)-[r]->(n) WHERE p.key IN $keys AND type(r) <> 'LINKED_TO'
                        RETURN p.key AS key, type(r) AS t, properties(r) AS r, labels(n) AS l, properties(n) AS n
                        """)
                .withParameters(Map.of("keys", keys))
                .execute()
                .records()
                .forEach(r ->
                        lines.add(r.get("key").asString() + " -" + r.get("t").asString()
                                + withoutProvenance(r.get("r").asMap()) + "-> "
                                + sorted(r.get("l").asList())
                                + withoutProvenance(r.get("n").asMap())));
        Collections.sort(lines);
        return lines;
    }

    private static List<Object> sorted(List<Object> labels) {
        return labels.stream()
                .map(String::valueOf)
                .sorted()
                .map(Object.class::cast)
                .toList();
    }

    private static Map<String, Object> withoutProvenance(Map<String, Object> properties) {
        var kept = new TreeMap<String, Object>(properties);
        kept.remove("prov");
        return kept;
    }

    @Test
    void the_legacy_csv_files_load_with_remarks_decoded_and_bad_rows_rejected() {
        var sdn = load(FIXTURES.resolve("csv/sdn.csv"));
        load(FIXTURES.resolve("csv/alt.csv"));
        load(FIXTURES.resolve("csv/add.csv"));

        assertThat(LoadedGraph.rejects(sdn))
                .containsExactly(
                        "sdn.csv line 2 ent_num: not an entry number: 'abc'",
                        "sdn.csv line 3 -: short row: 2 fields, sdn.csv has 12",
                        "sdn.csv line 4 SDN_Name: missing value");
        assertThat(loaded.single("""
                        MATCH (p:Person {key: 'ofac-sdn:90101'})-[:CONTROLS_WALLET]->(w:Wallet)-[:DESIGNATED_BY]->(d:Designation)
                        MATCH (p)-[:HAS_IDENTIFIER]->(i)
                        MATCH (p)-[:HAS_ADDRESS]->(a)
                        RETURN p.name + ' | ' + p.birthDate + ' | ' + p.aliases[0] + ' | ' + p.aliases[1] + ' | '
                               + w.key + ' | ' + i.key + ' | ' + a.key + ' | ' + d.programs[0] AS s"""))
                .isEqualTo("KYAW, Min Thant | 1979 | KO KYAW | MIN THANT KYAW | TRON:TPHDMZZvzsC7tUqiNTh31FSxqr7P9uFxfv"
                        + " | PASSPORT:MM:MA123456 | ADDRESS:MM:MYAWADDY, KAYIN STATE:NO. 5, SHWE KOKKO | TCO");
    }

    @Test
    void loading_a_list_again_adds_nothing() {
        load(FIXTURES.resolve("sdn.xml"));
        var before = loaded.checksum();

        load(FIXTURES.resolve("sdn.xml"));

        assertThat(loaded.checksum()).isEqualTo(before);
    }

    @Test
    void a_run_that_failed_mid_list_resumes_and_ends_with_the_same_graph() {
        var file = FIXTURES.resolve("sdn.xml");
        load(file);
        var whole = loaded.checksumAcrossRuns();
        loaded.clearEvidence();
        var crashingInItsFirstRun = new CrashingJobFactory<GraphFragment>(job.jobName(), 1, job::create);

        assertThat(launcher.launch(crashingInItsFirstRun, file, Map.of(), false).status())
                .isEqualTo("FAILED");
        var resumed = launcher.launch(crashingInItsFirstRun, file, Map.of(), false);

        assertThat(resumed.status()).isEqualTo("COMPLETED");
        assertThat(resumed.read()).as("the entries after the first chunk of 3").isEqualTo(1);
        assertThat(loaded.checksumAcrossRuns()).isEqualTo(whole);
    }

    @Test
    void the_public_ofac_csv_rows_and_address_lists_load_and_meet_at_their_wallets() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(REFERENCE), "shared reference data present");
        var csv = REFERENCE.resolve("watchman-ofac-csv");
        var sdn = load(csv.resolve("ofactest_sdn.csv"));
        assertThat(sdn.status()).isEqualTo("COMPLETED");
        assertThat(sdn.skipped()).isZero();
        assertThat(sdn.written()).isEqualTo(17);
        assertThat(loaded.column("""
                        MATCH (o:Organisation {key: 'ofac-sdn:33151'})-[:CONTROLS_WALLET]->(w:Wallet)
                        WHERE w.key IN ['BITCOIN:1B64QRxfaa35MVkf7sDjuGUYAP5izQt7Qi',
                                        'ETHEREUM:0x2f389ce8bd8ff92de3402ffce4691d17fc4f6535']
                        RETURN o.name + ' ' + w.key AS s ORDER BY s"""))
                .as("SUEX's remarks run on in sdn_comments.csv: the address cut at the field's end is joined")
                .containsExactly(
                        "SUEX OTC, S.R.O. BITCOIN:1B64QRxfaa35MVkf7sDjuGUYAP5izQt7Qi",
                        "SUEX OTC, S.R.O. ETHEREUM:0x2f389ce8bd8ff92de3402ffce4691d17fc4f6535");
        assertThat(loaded.single("""
                        MATCH (p:Person {key: 'ofac-sdn:29702'})-[:CONTROLS_WALLET]->(w:Wallet {key: 'ETHEREUM:0x901bb9583b24d97e995513c6778dc6888ab6870e'})
                        MATCH (w)-[:DESIGNATED_BY]->(d:Designation)
                        RETURN p.name + ' ' + d.programs[0] AS s""")).isEqualTo("LIFSHITS, Artem Mikhaylovich CYBER2");

        var comments = load(csv.resolve("ofac_sdn_comments.csv"));
        assertThat(comments.skipped()).isZero();
        assertThat(loaded.single("""
                        MATCH (p:Party {key: 'ofac-sdn:29703'})-[:HAS_IDENTIFIER]->(i:Identifier {key: 'CRYPTO:LTC:LWnbjLYUfqeokfbWM4FcU7uk2FP2DSxuWS'})
                        MATCH (p)-[:DESIGNATED_BY]->(d)
                        RETURN d.list AS s""")).isEqualTo("OFAC SDN");
        assertThat(
                        loaded.count(
                                "MATCH (w:Wallet {key: 'ETHEREUM:0x8576acc5c05d6ce88f4e49bf65bdf0c62f91353c'}) RETURN count(w) AS c"))
                .as("a comments row starts mid-clause: its first fragment is not decoded")
                .isZero();
        assertThat(load(csv.resolve("tfidf_sdn_comments.csv")).skipped()).isZero();

        var lists = REFERENCE.resolve("0xB10C-lists");
        var trx = load(lists.resolve("sanctioned_addresses_TRX.txt"));
        assertThat(trx.written()).isEqualTo(6);
        assertThat(loaded.single("""
                        MATCH (w:Wallet {key: 'TRON:TBHTJqAy4DhHhmT3dNceJYNRz4SdLofLre'})-[:DESIGNATED_BY]->(d:Designation {key: 'ofac-sdn:address-list'})
                        RETURN d.list AS s""")).isEqualTo("OFAC SDN");
        var usdt = load(lists.resolve("sanctioned_addresses_USDT.json"));
        assertThat(usdt.skipped()).isZero();
        assertThat(usdt.written() + usdt.counts().get("addressesOnChainsNotStored"))
                .isEqualTo(26);
        assertThat(loaded.column("""
                        MATCH (:Organisation {key: 'ofac-sdn:33151'})-[:CONTROLS_WALLET]->
                              (w:Wallet {key: 'ETHEREUM:0x2f389ce8bd8ff92de3402ffce4691d17fc4f6535'})-[:DESIGNATED_BY]->(d)
                        RETURN d.key AS s ORDER BY s"""))
                .as("the SUEX address is in the USDT list too: entry and list meet at one wallet")
                .containsExactly("ofac-sdn:33151", "ofac-sdn:address-list");
        var xbt = load(lists.resolve("sanctioned_addresses_XBT.json"));
        assertThat(LoadedGraph.rejects(xbt))
                .as("the SDN list has a TRON address among its XBT addresses: rejected, not put on Bitcoin")
                .containsExactly("sanctioned_addresses_XBT.json /354 address: not a Bitcoin address: base58check"
                        + " version is not 0 or 5");
        assertThat(xbt.written()).isEqualTo(434);
        var ltc = load(lists.resolve("sanctioned_addresses_LTC.txt"));
        assertThat(ltc.written()).isZero();
        assertThat(ltc.counts()).containsEntry("addressesOnChainsNotStored", 10L);
    }

    private IngestResult load(Path file) {
        return launcher.launch(job, file, Map.of(), true);
    }
}
