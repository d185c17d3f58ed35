package org.flowtrace.ingest.ftm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.testing.Neo4jTest;
import org.flowtrace.ingest.CrashingJobFactory;
import org.flowtrace.ingest.IngestTestApplication;
import org.flowtrace.ingest.LoadedGraph;
import org.flowtrace.ingest.SourceFormatException;
import org.flowtrace.ingest.support.GraphFragment;
import org.flowtrace.ingest.support.IngestLauncher;
import org.flowtrace.ingest.support.IngestResult;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@Neo4jTest
@SpringBootTest(classes = IngestTestApplication.class)
class FtmIngestJobIT {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/ftm");
    private static final Path REFERENCE = Path.of("../../shared/reference-data/followthemoney/entities");

    @Autowired
    IngestLauncher launcher;

    @Autowired
    FtmIngestJob job;

    @Autowired
    GraphConnection graph;

    LoadedGraph loaded;

    @BeforeEach
    void readBack() {
        loaded = new LoadedGraph(graph);
    }

    @Test
    void loads_parties_ownership_wallets_sanctions_and_payments_whatever_the_order_of_lines() {
        var result = load(FIXTURES.resolve("compound-network.ftm.jsonl"));

        assertThat(result.status()).isEqualTo("COMPLETED");
        assertThat(LoadedGraph.rejects(result)).isEmpty();
        assertThat(result.counts())
                .containsEntry("notLoadedVessel", 2L)
                .containsEntry("notLoadedAirplane", 1L)
                .containsEntry("walletsOnChainsNotStored", 1L);
        assertThat(loaded.single("""
                        MATCH (o:Party {key: 'ftm:le-1'})-[r:OWNS {key: 'ftm:own-1'}]->(c:Organisation {key: 'ftm:co-1'})
                        RETURN r.shareExact + ' ' + r.startDate + ' ' + r.role + ' ' + o.name + ' '
                               + (o:Person OR o:Organisation) + ' ' + c.name AS s"""))
                .as("the ownership came before its parties; a LegalEntity is a Party of no kind")
                .isEqualTo("51.0 2020-02 shareholder Golden Triangle Holdings false Yatai Shwe Kokko Co., Ltd.");
        assertThat(loaded.single("""
                        MATCH (:Person {key: 'ftm:pe-1'})-[r:CONTROLS]->(:Organisation {key: 'ftm:co-1'})
                        RETURN r.interestType + ' ' + r.role + ' ' + r.startDate AS s""")).isEqualTo("directorship chairman 2017-05-01");
        assertThat(loaded.single("""
                        MATCH (p:Person {key: 'ftm:pe-1'})
                        RETURN p.name + ' | ' + p.birthDate + ' | ' + p.aliases[0] + ' | ' + p.aliases[1] + ' | '
                               + p.sanctionsTarget AS s""")).isEqualTo("She Zhijiang | 1982 | Zhijiang She | 佘智江 | true");
        assertThat(loaded.column("""
                        MATCH (:Person {key: 'ftm:pe-1'})-[:HAS_IDENTIFIER]->(i) RETURN i.key AS s"""))
                .as("the passport number and the Passport entity meet at one identifier")
                .containsExactly("PASSPORT:CN:E12345678");
        assertThat(loaded.column("""
                        MATCH (:Organisation {key: 'ftm:co-1'})-[:HAS_IDENTIFIER]->(i) RETURN i.key AS s ORDER BY s"""))
                .containsExactly(
                        "CRYPTO:LTC:LQ4i7FQxwA3MhEx4kUh3HhbzbQjVJmXwXQ", "LEI:5493001KJTIIGC8Y1R12", "REG:KH:00054321");
        assertThat(loaded.single("""
                        MATCH (:Organisation {key: 'ftm:co-1'})-[:HAS_ADDRESS]->(a:Address {key: 'ftm:addr-1'})
                        RETURN a.full + ' ' + a.country AS s""")).isEqualTo("Shwe Kokko, Myawaddy, Kayin State mm");
        assertThat(loaded.single("""
                        MATCH (:Organisation {key: 'ftm:co-1'})-[c:CONTROLS_WALLET]->(w:Wallet)
                        RETURN w.key + ' ' + c.currency + ' ' + w.chain AS s""")).isEqualTo("TRON:TCp7NFtWS3cXo7LwH6TvsyYxb3DziwEdxY USDT TRON");
        assertThat(loaded.single("""
                        MATCH (:Person {key: 'ftm:pe-1'})-[:DESIGNATED_BY]->(d:Designation {key: 'ftm:san-1'})
                        RETURN d.list + ' ' + d.program + ' ' + d.listingDate + ' ' + d.authority AS s""")).isEqualTo("us_ofac_sdn TCO 2023-09-08 Office of Foreign Assets Control");
        assertThat(loaded.single("""
                        MATCH (:Party {key: 'ftm:co-1'})-[:PAID]->(m:Payment {key: 'ftm:pay-1'})-[:PAID_TO]->(:Person {key: 'ftm:pe-1'})
                        RETURN m.amount + ' ' + m.currency + ' ' + m.date + ' ' + m.notTransferBecause AS s""")).isEqualTo("250000.00 USD 2022-11-30 " + FtmEntityProcessor.NOT_TRANSFER);
        assertThat(loaded.count("MATCH ()-[t:TRANSFER]->() RETURN count(t) AS c"))
                .isZero();
        assertThat(loaded.single("""
                        MATCH (:Person {key: 'ftm:pe-1'})-[l:LINKED_TO]->(:Party {key: 'ftm:le-1'})
                        RETURN l.relation + ' ' + l.relationship AS s""")).isEqualTo("family brother");
        assertThat(
                        loaded.count(
                                "MATCH (n) WHERE (n:Party OR n:Wallet OR n:Designation OR n:Payment) AND n.prov IS NULL RETURN count(n) AS c"))
                .isZero();
    }

    @Test
    void bank_accounts_key_as_the_other_jobs_key_them_and_payments_between_them_become_transfers() {
        var result = load(FIXTURES.resolve("bank-payments.ftm.jsonl"));

        assertThat(result.status()).isEqualTo("COMPLETED");
        assertThat(LoadedGraph.rejects(result)).isEmpty();
        assertThat(result.counts())
                .containsEntry("paymentTransfers", 2L)
                .containsEntry("paymentsNotTransfers", 4L)
                .doesNotContainKey("notLoadedBankAccount");
        assertThat(loaded.column("""
                        MATCH (a:Account) WHERE a.ftmId IS NOT NULL RETURN a.ftmId + ' ' + a.key AS s ORDER BY s"""))
                .containsExactly(
                        "ba-1 IBAN:GB82WEST12345698765432",
                        "ba-2 ABAAKHPP:001-234567-8",
                        "ba-3 IBAN:NL26VAYB8060476890",
                        "ba-4 Golden Triangle Bank:778899",
                        "ba-5 ftm-account:ba-5",
                        "ba-6 WESTGB2L:12345698765432");
        assertThat(loaded.count("MATCH (:Party)-[t:TRANSFER]->() RETURN count(t) AS c"))
                .as("transfers join accounts, not parties")
                .isZero();
        assertThat(loaded.single("""
                        MATCH (a:Account)-[t:TRANSFER {id: 'ftm:pay-10'}]->(b:Account)
                        RETURN a.key + ' -> ' + b.key + ' | ' + t.amount + ' ' + t.asset + ' | ' + toString(t.at) + ' | '
                               + t.reference + ' | ' + coalesce(t.usd, 'no usd') AS s"""))
                .isEqualTo("IBAN:GB82WEST12345698765432 -> ABAAKHPP:001-234567-8 | 125000.50 EUR | 2024-03-15T00:00:00Z"
                        + " | invoice 42 | no usd");
        assertThat(loaded.single("""
                        MATCH (a:Account)-[t:TRANSFER {id: 'ftm:pay-11'}]->(b:Account)
                        RETURN a.key + ' -> ' + b.key + ' | ' + t.amount + ' ' + t.asset + ' | ' + toString(t.at) + ' | '
                               + t.usd AS s"""))
                .isEqualTo(
                        "ABAAKHPP:001-234567-8 -> IBAN:NL26VAYB8060476890 | 9800.00 USD | 2024-03-16T08:30:00Z | 9800.00");
        assertThat(loaded.column("""
                        MATCH (p:Party)-[h:HOLDS]->(a:Account)
                        RETURN p.key + ' ' + a.key + ' ' + reduce(s = '', r IN h.roles | s + r + '/') AS s ORDER BY s"""))
                .containsExactly(
                        "ftm:co-10 IBAN:GB82WEST12345698765432 PAYER/OWNER/",
                        "ftm:pe-10 ABAAKHPP:001-234567-8 BENEFICIARY/PAYER/");
        assertThat(loaded.count("MATCH (p:Party {key: 'ftm:ba-1'}) RETURN count(p) AS c"))
                .as("an Ownership of a BankAccount makes no party of the account")
                .isZero();
        assertThat(loaded.column("""
                        MATCH (m:Payment) WHERE m.notTransferBecause IS NOT NULL
                        RETURN m.key + ' | ' + m.notTransferBecause AS s ORDER BY s"""))
                .containsExactly(
                        "ftm:pay-12 | no amount in the payment's own currency (only amountEur); date '2024' is not a day",
                        "ftm:pay-13 | payerAccount ba-404 is not a BankAccount of this file",
                        "ftm:pay-14 | amount 10.555 has more than 2 decimals allowed for EUR",
                        "ftm:pay-15 | " + FtmEntityProcessor.NOT_TRANSFER);
        assertThat(loaded.single("""
                        MATCH (:Organisation {key: 'ftm:co-10'})-[:PAID]->(m:Payment {key: 'ftm:pay-10'})-[:PAID_TO]->(:Person {key: 'ftm:pe-10'})
                        RETURN m.transfer + ' ' + m.transactionNumber AS s""")).isEqualTo("ftm:pay-10 TX-0001");
        assertThat(loaded.column("""
                        MATCH (a:Account) WHERE a.ftmId IN ['ba-5', 'ba-6'] RETURN a.key + ' ' + a.iban AS s ORDER BY s"""))
                .as("an IBAN beside a number and BIC, and one failing its check digits, are kept as written, not keys")
                .containsExactly(
                        "WESTGB2L:12345698765432 GB29NWBK60161331926819", "ftm-account:ba-5 GB83WEST12345698765432");
        assertThat(loaded.count("MATCH (n) WHERE (n:Account OR n:Payment) AND n.prov IS NULL RETURN count(n) AS c"))
                .isZero();

        var before = loaded.checksum();
        load(FIXTURES.resolve("bank-payments.ftm.jsonl"));
        assertThat(loaded.checksum()).as("loading the file again adds nothing").isEqualTo(before);
    }

    @Test
    void bad_entities_are_rejected_with_their_reasons_and_the_rest_loads() {
        var result = load(FIXTURES.resolve("bad-entities.jsonl"));

        assertThat(result.status()).isEqualTo("COMPLETED");
        assertThat(result.written()).isEqualTo(1);
        var rejects = LoadedGraph.rejects(result);
        assertThat(rejects).hasSize(9);
        assertThat(rejects.getFirst()).startsWith("bad-entities.jsonl line 2 -: malformed JSON: ");
        assertThat(rejects.subList(1, rejects.size()))
                .containsExactly(
                        "bad-entities.jsonl line 3 id: missing value",
                        "bad-entities.jsonl line 4 schema: missing value",
                        "bad-entities.jsonl line 5 owner: missing value",
                        "bad-entities.jsonl line 6 publicKey: not a TRON address: base58check checksum does not match",
                        "bad-entities.jsonl line 7 currency: missing value: the chain of"
                                + " 0xd90e2f925DA726b50C4Ed8D0Fb90Ad053324F31b is unknown",
                        "bad-entities.jsonl line 8 entity: missing value",
                        "bad-entities.jsonl line 9 op: unknown delta operation PATCH",
                        "bad-entities.jsonl line 10 percentage: percentage outside 0 to 100: 150");
    }

    @Test
    void files_that_are_not_followthemoney_fail_fast() {
        assertThatThrownBy(() -> load(FIXTURES.resolve("not-ftm.json")))
                .isInstanceOf(SourceFormatException.class)
                .hasMessageContaining("not FollowTheMoney");
        assertThatThrownBy(() -> load(FIXTURES.resolve("README.md")))
                .isInstanceOf(SourceFormatException.class)
                .hasMessageContaining("not JSON");
    }

    @Test
    void loading_a_file_again_adds_nothing() {
        load(FIXTURES.resolve("compound-network.ftm.jsonl"));
        var before = loaded.checksum();

        load(FIXTURES.resolve("compound-network.ftm.jsonl"));

        assertThat(loaded.checksum()).isEqualTo(before);
    }

    @Test
    void a_run_that_failed_mid_file_resumes_and_ends_with_the_same_graph() {
        var file = FIXTURES.resolve("compound-network.ftm.jsonl");
        load(file);
        var whole = loaded.checksumAcrossRuns();
        loaded.clearEvidence();
        var crashingInItsFirstRun = new CrashingJobFactory<GraphFragment>(job.jobName(), 2, job::create);

        assertThat(launcher.launch(crashingInItsFirstRun, file, Map.of(), false).status())
                .isEqualTo("FAILED");
        var resumed = launcher.launch(crashingInItsFirstRun, file, Map.of(), false);

        assertThat(resumed.status()).isEqualTo("COMPLETED");
        assertThat(resumed.read()).isEqualTo(9);
        assertThat(loaded.checksumAcrossRuns()).isEqualTo(whole);
    }

    @Test
    void the_opensanctions_exports_load_with_their_ownership_sanctions_and_payments() {
        Assumptions.assumeTrue(Files.isDirectory(REFERENCE), "shared reference data present");
        var zala = load(REFERENCE.resolve("yente-zala.entities.ftm.json"));
        assertThat(zala.skipped()).isZero();
        assertThat(zala.counts())
                .containsEntry("documentsWithoutNumber", 1L)
                .doesNotContainKey("notLoadedFamily")
                .doesNotContainKey("notLoadedSanction");
        assertThat(loaded.count("MATCH (:Party)-[r:DESIGNATED_BY]->(:Designation) RETURN count(r) AS c"))
                .isEqualTo(41);
        assertThat(loaded.single("""
                        MATCH (:Party {key: 'ftm:NK-aU5ybkbRFJucf8YMwsJvDw'})
                              -[r:OWNS {key: 'ftm:ru-159c785ad927d3e153b23a26620730465ed26f1c'}]->
                              (:Party {key: 'ftm:NK-iE6m5ryPeTAMZozfECVSL7'})
                        RETURN r.shareExact + ' ' + r.startDate + ' ' + r.endDate + ' ' + r.sharesCount AS s""")).isEqualTo("100.0 2024-03-01 2024-03-24 10000");
        assertThat(loaded.single("""
                        MATCH (:Party {key: 'ftm:NK-nR5AXM9AVPq4pQaSPSaVam'})-[r:OWNS {key: 'ftm:NK-3NyeuT6JeJDLhGEyH3JD52'}]->
                              (c:Organisation {key: 'ftm:NK-abdzbEBkqyT29GyREbiURZ'})
                        RETURN r.role + ' ' + coalesce(r.shareExact, 'no share') AS s""")).isEqualTo("subsidiary of no share");
        assertThat(loaded.count("MATCH ()-[r:OWNS]->() RETURN count(r) AS c")).isEqualTo(14);
        assertThat(loaded.count("MATCH ()-[r:CONTROLS {interestType: 'directorship'}]->() RETURN count(r) AS c"))
                .isEqualTo(3);

        var donations = load(REFERENCE.resolve("yente-parteispenden.entities.ftm.json"));
        assertThat(donations.skipped()).isZero();
        assertThat(loaded.count("MATCH (:Party)-[:PAID]->(m:Payment)-[:PAID_TO]->(:Party) RETURN count(m) AS c"))
                .isEqualTo(290);
        assertThat(loaded.count("""
                        MATCH (m:Payment) WHERE m.notTransferBecause = $reason RETURN count(m) AS c""".replace("$reason", "'" + FtmEntityProcessor.NOT_TRANSFER + "'")))
                .as("donations name parties, not accounts: none is a transfer")
                .isEqualTo(290);
        assertThat(loaded.count("MATCH ()-[t:TRANSFER]->() RETURN count(t) AS c"))
                .isZero();
        assertThat(loaded.single("""
                        MATCH (p:Person)-[:PAID]->(m:Payment {key: 'ftm:2216b422a31242fe204654ce194864661f515921'})-[:PAID_TO]->(b)
                        RETURN p.name + ' ' + m.amountEur + ' ' + m.date + ' ' + b.name AS s""")).isEqualTo("Frau Lina Dachner 100000 2011-12-29 MLPD");

        var delta = load(REFERENCE.resolve("yente-t2-20240528014702-pfh.entities.delta.json"));
        assertThat(delta.skipped()).isZero();
        assertThat(loaded.single("MATCH (p:Organisation {key: 'ftm:NK-500Poltergeist'}) RETURN p.name AS s"))
                .isNotBlank();
        var multilingual = load(REFERENCE.resolve("yente-t1.entities.ftm.json"));
        assertThat(multilingual.skipped()).isZero();
    }

    private IngestResult load(Path file) {
        return launcher.launch(job, file, Map.of(), true);
    }
}
