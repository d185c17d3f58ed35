package org.flowtrace.ingest.camt053;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.model.SourceFile;
import org.flowtrace.graph.testing.Neo4jTest;
import org.flowtrace.ingest.GraphQueries;
import org.flowtrace.ingest.IngestTestApplication;
import org.flowtrace.ingest.SourceFormatException;
import org.flowtrace.ingest.support.IngestLauncher;
import org.flowtrace.ingest.support.IngestParameters;
import org.flowtrace.ingest.support.IngestResult;
import org.flowtrace.ingest.support.IngestSteps;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@Neo4jTest
@SpringBootTest(classes = IngestTestApplication.class)
class Camt053IngestJobIT {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/camt053");
    private static final Path REFERENCE = Path.of("../../shared/reference-data/iso20022");
    private static final String OWN = "IBAN:GB82WEST12345698765432";
    private static final String BATCH = "camt:" + OWN + ":WEST-20240301-0001:";
    private static final String BAD = "camt:IBAN:DE89370400440532013000:";

    @Autowired
    IngestLauncher launcher;

    @Autowired
    Camt053IngestJob job;

    @Autowired
    IngestSteps steps;

    @Autowired
    JobOperator jobOperator;

    @Autowired
    GraphConnection graph;

    @Test
    void a_batched_entry_becomes_one_transfer_per_transaction_detail_with_its_own_amount_and_payee() {
        var result = load(FIXTURES.resolve("batched-unicode.v8.xml"));

        assertThat(result.status()).isEqualTo("COMPLETED");
        assertThat(result.read()).isEqualTo(7);
        assertThat(result.written()).isEqualTo(6);
        assertThat(result.skipped()).isZero();
        assertThat(result.counts()).containsEntry("entriesNotLoadedForStatus", 1L);
        var queries = queries();
        assertThat(queries.count("MATCH ()-[t:TRANSFER]->() RETURN count(t) AS c"))
                .isEqualTo(6);
        assertThat(queries.single("""
                        MATCH (:Account {key: $own})-[t:TRANSFER]->(b:Account)
                        WHERE t.acctSvcrRef = 'WEST-20240301-0001'
                        WITH t, b ORDER BY t.id
                        RETURN reduce(s = '', x IN collect(t.id + ' ' + t.amount + ' ' + t.asset + ' to ' + b.key) | s + x + ';') AS s
                        """, Map.of("own", OWN)))
                .isEqualTo(BATCH + "1 500.00 USD to ABAAKHPP:000123456;"
                        + BATCH + "2 750.00 USD to KASITHBK:123-4-56789-0;"
                        + BATCH + "3 500.00 USD to PCBCCNBJ:6217000010012345678;");
        var khmer = queries.transfer(BATCH + "1");
        assertThat(khmer)
                .containsEntry("at", "2024-03-01T02:30Z")
                .containsEntry("usd", "500.00")
                .containsEntry("channel", "PMNT/ICDT/SALA")
                .containsEntry("endToEndId", "SAL-KH-0001")
                .containsEntry("instructionId", "PAYROLL-2024-03-1")
                .containsEntry("paymentInformationId", "PAYROLL-2024-03")
                .containsEntry("batchSize", "3")
                .containsEntry("entryAmount", "1750.00")
                .containsEntry("reference", "ប្រាក់ខែ មីនា")
                .containsEntry("creditorName", "សុខ ដារ៉ា")
                .containsEntry("creditorAgent", "ABAAKHPP")
                .containsEntry("servicer", "WESTGB2L")
                .containsEntry("status", "BOOK")
                .containsEntry("valueDate", "2024-03-01")
                .containsEntry("message", "camt.053.001.08");
        assertThat(
                        queries.single(
                                "MATCH (p:Party)-[:HOLDS]->(:Account {key: 'KASITHBK:123-4-56789-0'}) RETURN p.key + ' ' + p.name + ' ' + p.kind AS s"))
                .isEqualTo("camt:id:NIDN/TH:3100600123456 สมชาย ใจดี PERSON");
        assertThat(queries.single(
                        "MATCH (p:Party)-[:HOLDS]->(:Account {key: $own}) RETURN p.name + ' ' + p.kind AS s",
                        Map.of("own", OWN)))
                .isEqualTo("Mekong Trading Co., Ltd. ORGANISATION");
    }

    @Test
    void a_credit_comes_from_the_debtor_account_with_its_references_and_unicode_names_round_trip() {
        load(FIXTURES.resolve("batched-unicode.v8.xml"));
        var queries = queries();

        var credit = queries.transfer("camt:" + OWN + ":WEST-20240301-0002:1");
        assertThat(credit)
                .containsEntry("amount", "88888.88")
                .containsEntry("asset", "CNY")
                .containsEntry("at", "2024-03-01T00:00Z")
                .containsEntry("endToEndId", "INV-2024-0042")
                .containsEntry("transactionId", "ICBK240301000123")
                .containsEntry("uetr", "8a562c67-ca16-48ba-b074-65581be6f011")
                .containsEntry("reference", "货款 第3期")
                .containsEntry("debtorName", "王小明")
                .doesNotContainKey("usd");
        assertThat(queries.single(
                        "MATCH (p:Party)-[:HOLDS]->(a:Account)-[t:TRANSFER]->(:Account {key: $own}) WHERE t.asset = 'CNY' RETURN p.name + '@' + a.key AS s",
                        Map.of("own", OWN)))
                .isEqualTo("王小明@ICBKCNBJ:6222020200112233445");

        var decomposed = Normalizer.normalize("Nguyễn Văn An", Normalizer.Form.NFD);
        var unknown = "unknown:" + OWN + "/-/NGUYỄNVĂNAN";
        assertThat(queries.count(
                        "MATCH (p:Party)-[:HOLDS]->(:Account {key: $key}) RETURN count(p) AS c",
                        Map.of("key", unknown)))
                .as("the name written decomposed and composed is one party holding one account")
                .isEqualTo(1);
        assertThat(queries.single(
                        "MATCH (p:Party)-[:HOLDS]->(:Account {key: $key}) RETURN p.name AS s", Map.of("key", unknown)))
                .as("the name as first written, decomposed")
                .isEqualTo(decomposed);
        assertThat(queries.count(
                        "MATCH (:Account {key: $key})-[t:TRANSFER]-() RETURN count(t) AS c", Map.of("key", unknown)))
                .isEqualTo(2);
        assertThat(queries.single(
                        "MATCH ()-[t:TRANSFER {acctSvcrRef: 'WEST-20240301-0003'}]->() RETURN t.reference AS s"))
                .isEqualTo("Tiền hàng tháng 3");
    }

    @Test
    void every_bad_entry_is_rejected_with_its_xpath_element_and_reason_and_the_good_ones_load() throws Exception {
        var result = load(FIXTURES.resolve("bad-entries.v2.xml"));

        assertThat(result.status()).isEqualTo("COMPLETED");
        var rejects = GraphQueries.rejects(result);
        var entry = "/Document/BkToCstmrStmt/Stmt[1]/Ntry[%d]/NtryDtls[1]/TxDtls[1]";
        assertThat(rejects.stream().map(GraphQueries::describe).toList())
                .containsExactlyInAnyOrder(
                        entry.formatted(2) + " Ntry/Amt: not a plain decimal amount: 'abc'",
                        entry.formatted(3) + " Ntry/Amt: negative amount -5.00 (the direction is given by CdtDbtInd)",
                        entry.formatted(4) + " Ntry/Amt/@Ccy: unknown currency 'ZZZ'",
                        entry.formatted(5) + " Ntry/Amt/@Ccy: missing currency",
                        entry.formatted(6) + " Ntry/Amt: missing amount",
                        entry.formatted(7) + " Ntry/CdtDbtInd: missing credit/debit indicator",
                        entry.formatted(8) + " Ntry/CdtDbtInd: must be CRDT or DBIT: 'CREDIT'",
                        entry.formatted(9) + " Ntry/Sts: missing entry status",
                        entry.formatted(10) + " Ntry/BookgDt/Dt: not an ISO 8601 date: '2024-13-45'",
                        entry.formatted(11) + " Ntry/BookgDt/DtTm: not an ISO 8601 date-time: 'yesterday'",
                        entry.formatted(12) + " Ntry/BookgDt: the entry has neither a booking date nor a value date",
                        entry.formatted(13) + " Ntry/Amt: not a plain decimal amount: '1e5'",
                        entry.formatted(14) + " Ntry/Amt: not a plain decimal amount: '1,000.00'",
                        entry.formatted(15) + " Ntry/Amt: amount 10.001 has more than 2 decimals allowed for EUR",
                        entry.formatted(16) + " Ntry/Amt: amount 100.5 has more than 0 decimals allowed for JPY",
                        entry.formatted(17) + " Ntry/Amt: not a plain decimal amount: 'NaN'",
                        entry.formatted(18) + " Ntry/Amt: missing amount",
                        "/Document/BkToCstmrStmt/Stmt[1]/Ntry[19]/NtryDtls[1]/TxDtls[2] TxDtls/Amt: a transaction of a"
                                + " batched entry needs its own amount (Amt or AmtDtls/TxAmt/Amt)",
                        entry.formatted(20)
                                + " TxDtls/Amt: negative amount -1.00 (the direction is given by CdtDbtInd)",
                        entry.formatted(23) + " Ntry/AcctSvcrRef: duplicate reference: " + BAD + "BAD-01:1 was already"
                                + " loaded from " + entry.formatted(1) + " as 100.00 EUR on 2024-03-01T00:00:00Z from"
                                + " IBAN:NL56AGDH9619008421 to IBAN:DE89370400440532013000; this one is 999.00 EUR on"
                                + " 2024-03-01T00:00:00Z from IBAN:NL56AGDH9619008421 to"
                                + " IBAN:DE89370400440532013000; the first is kept",
                        entry.formatted(24) + " Ntry/AcctSvcrRef: duplicate reference: the same transaction as "
                                + entry.formatted(1) + " (" + BAD + "BAD-01:1); loaded once",
                        entry.formatted(25) + " Ntry/Amt: not a plain decimal amount: '0x10'",
                        "/Document/BkToCstmrStmt/Stmt[2]/Ntry[1]/NtryDtls[1]/TxDtls[1] Acct/Id: the statement account"
                                + " has neither IBAN nor Othr/Id",
                        "/Document/BkToCstmrStmt/Stmt[3]/Ntry[1]/NtryDtls[1]/TxDtls[1] Stmt/Id: missing Stmt/Id");
        assertThat(rejects).allSatisfy(r -> {
            assertThat(r.get("file").asString()).endsWith("bad-entries.v2.xml");
            assertThat(r.get("locator").asString()).matches(".* \\(line \\d+\\)");
        });
        assertThat(result.skipped()).isEqualTo(24);
        assertThat(result.written()).isEqualTo(7);
        var queries = queries();
        assertThat(queries.count("MATCH ()-[t:TRANSFER]->() RETURN count(t) AS c"))
                .isEqualTo(7);
        assertThat(queries.transfer(BAD + "BAD-01:1")).containsEntry("amount", "100.00");
        assertThat(queries.transfer(BAD + "BAD-19:1")).containsEntry("amount", "60.00");
        assertThat(queries.transfer(BAD + "BAD-20:2")).containsEntry("amount", "30.00");
        assertThat(queries.transfer(BAD + "BAD-21:1")).containsEntry("amount", "123456789012345678901234567890.12");
        assertThat(queries.transfer(BAD + "BAD-22:1"))
                .as("a date-time without offset is read in flowtrace.ingest.camt053.time-zone (UTC)")
                .containsEntry("at", "2024-03-01T10:15Z");
        assertThat(queries.transfer(BAD + "BAD-26:1")).containsEntry("at", "2024-03-01T18:00Z");
        assertThat(queries.single(
                        "MATCH (:Account {key: 'IBAN:DE89370400440532013000'})-[t:TRANSFER]->(b) RETURN b.key AS s"))
                .as("a debit without counterparty goes to an account of its own")
                .isEqualTo("unknown:" + BAD + "BAD-27:1");
    }

    @Test
    void a_truncated_file_loads_its_complete_entries_and_rejects_the_cut_one() throws Exception {
        var result = load(FIXTURES.resolve("truncated.v2.xml"));

        assertThat(result.status()).isEqualTo("COMPLETED");
        assertThat(result.written()).isEqualTo(1);
        assertThat(GraphQueries.rejects(result)).singleElement().satisfies(r -> {
            assertThat(r.get("locator").asString()).startsWith("/Document/BkToCstmrStmt/Stmt[1]/Ntry[2] (line ");
            assertThat(r.get("reason").asString())
                    .startsWith("XML not well-formed at line ")
                    .endsWith("; the rest of the file cannot be read");
        });
    }

    @Test
    void a_well_formedness_fault_rejects_the_entry_it_is_in_and_keeps_what_came_before() throws Exception {
        var result = load(FIXTURES.resolve("malformed-middle.v8.xml"));

        assertThat(result.written()).isEqualTo(1);
        assertThat(queries().count("MATCH ()-[t:TRANSFER]->() RETURN count(t) AS c"))
                .isEqualTo(1);
        assertThat(GraphQueries.rejects(result)).singleElement().satisfies(r -> {
            assertThat(r.get("locator").asString()).startsWith("/Document/BkToCstmrStmt/Stmt[1]/Ntry[2] (line 19)");
            assertThat(r.get("reason").asString()).contains("CdtDbtInd");
        });
    }

    @Test
    void files_that_are_not_camt053_statements_fail_fast_naming_what_was_found() {
        assertFormat("empty.xml", "empty file");
        assertFormat("not-xml.xml", "not well-formed XML");
        assertFormat("pain001.xml", "namespace 'urn:iso:std:iso:20022:tech:xsd:pain.001.001.09'");
        assertFormat("camt052.xml", "namespace 'urn:iso:std:iso:20022:tech:xsd:camt.052.001.08'");
        assertFormat(
                "camt053-v1.xml", "unsupported version: namespace 'urn:iso:std:iso:20022:tech:xsd:camt.053.001.01'");
        assertFormat("no-namespace.xml", "root element Document in namespace ''");
        assertFormat("wrong-message-element.xml", "Document holds BkToCstmrDbtCdtNtfctn instead of BkToCstmrStmt");
        assertFormat("doctype.xml", "a DOCTYPE is not accepted");
        var pacs = REFERENCE.resolve("prowide-pacs.008.001.07.xml");
        if (Files.exists(pacs)) {
            assertThatThrownBy(() -> load(pacs))
                    .isInstanceOf(SourceFormatException.class)
                    .hasMessageContaining("root element message in namespace ''");
        }
        assertThat(queries().count("MATCH (n) WHERE n:Account OR n:Party RETURN count(n) AS c"))
                .isZero();
    }

    @Test
    void the_reference_v2_and_v8_statements_load_and_meet_on_the_same_account_and_party() {
        Assumptions.assumeTrue(Files.exists(REFERENCE), "shared reference data present");
        var v2 = load(REFERENCE.resolve("genkgo-camt053.v2.minimal.xml"));
        var v8 = load(REFERENCE.resolve("genkgo-camt053.v8.xml"));

        assertThat(v2.status()).isEqualTo("COMPLETED");
        assertThat(v8.status()).isEqualTo("COMPLETED");
        assertThat(v2.skipped() + v8.skipped()).isZero();
        var queries = queries();
        var v2Transfer = queries.transfer("camt:IBAN:NL26VAYB8060476890:253EURNL26VAYB8060476890#1:1");
        assertThat(v2Transfer)
                .containsEntry("amount", "8.85")
                .containsEntry("asset", "EUR")
                .containsEntry("at", "2014-12-31T00:00Z")
                .containsEntry("valueDate", "2015-01-02")
                .containsEntry("channel", "544")
                .containsEntry("reference", "4654654654654654")
                .containsEntry("proprietaryReferences", "LegalSequenceNumber:100")
                .containsEntry("debtorName", "NAME NAME")
                .containsEntry("message", "camt.053.001.02");
        var v8Transfer = queries.transfer("camt:IBAN:NL26VAYB8060476890:AAAASESS-FP-CN_98765/01:1");
        assertThat(v8Transfer)
                .as("the entry amount is the booked one; the detail's own SEK 0 is not used for a single detail")
                .containsEntry("amount", "8.85")
                .containsEntry("asset", "EUR")
                .containsEntry("at", "2014-12-31T12:15Z")
                .containsEntry("channel", "PMNT/RCDT/BOOK")
                .containsEntry("endToEndId", "MUELL/FINP/RA12345")
                .containsEntry("message", "camt.053.001.08");
        assertThat(
                        queries.count(
                                "MATCH (:Account {key: 'IBAN:NL56AGDH9619008421'})-[t:TRANSFER]->(:Account {key: 'IBAN:NL26VAYB8060476890'}) RETURN count(t) AS c"))
                .as("the v8 Othr/Id is a valid IBAN, so both statements credit one account")
                .isEqualTo(2);
        assertThat(
                        queries.single(
                                "MATCH (p:Party {key: 'camt:id:-/KBO-BCE:455454654'}) RETURN p.name + ' ' + p.kind + ' ' + size(p.prov) AS s"))
                .isEqualTo("Company Name ORGANISATION 2");
        assertThat(queries.single(
                        "MATCH (p:Party)-[:HOLDS]->(:Account {key: 'IBAN:NL26VAYB8060476890'}) RETURN p.name AS s"))
                .isEqualTo("FINPETROL");
    }

    @Test
    void the_same_statement_from_two_files_is_one_transfer_with_both_sources() {
        Assumptions.assumeTrue(Files.exists(REFERENCE), "shared reference data present");
        load(REFERENCE.resolve("genkgo-camt053.v2.minimal.xml"));
        var withIds = load(REFERENCE.resolve("genkgo-camt053.v2.with-party-ids.xml"));

        assertThat(withIds.skipped()).isZero();
        var queries = queries();
        assertThat(queries.count("MATCH ()-[t:TRANSFER]->() RETURN count(t) AS c"))
                .isEqualTo(1);
        assertThat(queries.count("MATCH ()-[t:TRANSFER]->() RETURN size(t.prov) AS c"))
                .as("one provenance entry per file")
                .isEqualTo(2);
        assertThat(
                        queries.single(
                                "MATCH (p:Party {key: 'camt:id:NIDN/Skatteverket:19121212-1212'}) RETURN p.name + ' ' + p.kind + ' ' + p.country AS s"))
                .isEqualTo("NAME NAME PERSON NL");
    }

    @Test
    void the_reference_multi_statement_file_and_camt054_notification_load() {
        Assumptions.assumeTrue(Files.exists(REFERENCE), "shared reference data present");
        var multi = load(REFERENCE.resolve("genkgo-camt053.v2.multi.statement.xml"));
        var notification = load(REFERENCE.resolve("genkgo-camt054.v8.xml"));

        assertThat(multi.written()).isEqualTo(2);
        assertThat(notification.written()).isEqualTo(3);
        assertThat(multi.skipped() + notification.skipped()).isZero();
        var queries = queries();
        assertThat(queries.transfer("camt:IBAN:NL26VAYB8060476890:254EURNL26VAYB8060476890#1:1"))
                .containsEntry("amount", "7.00")
                .containsEntry("reference", "Transaction Description 2")
                .containsEntry("endToEndId", "000000002");
        assertThat(
                        queries.single(
                                "MATCH (:Account {key: 'IBAN:NL26VAYB8060476890'})-[t:TRANSFER {statementId: '254EURNL26VAYB8060476890'}]->(b) RETURN b.key AS s"))
                .isEqualTo("IBAN:NL56AGDH9619008421");
        var ids = "camt:IBAN:CH2801234000123456789:ACSR160617103200001:";
        assertThat(queries.single("""
                        MATCH (:Account {key: 'IBAN:CH2801234000123456789'})-[t:TRANSFER]->(b)
                        WITH t, b ORDER BY t.id
                        RETURN reduce(s = '', x IN collect(t.id + ' ' + t.amount + ' ' + t.asset + ' ' + b.key + ' ' + t.endToEndId) | s + x + ';') AS s
                        """))
                .isEqualTo(ids + "1 3.10 CHF IBAN:CH4112345003131313131 UXC06170000006PI00001EE00001;"
                        + ids + "2 3.20 CHF IBAN:CH7212345003232323232 UXC06170000006PI00001EE00002;"
                        + ids + "3 3.20 CHF IBAN:CH7212345003232323232 UXC06170000006PI00001EE00002;");
        assertThat(queries.transfer(ids + "1"))
                .containsEntry("entryAmount", "200000.00")
                .containsEntry("entryAsset", "SEK")
                .containsEntry("creditorAgent", "CHBCC:100")
                .containsEntry("message", "camt.054.001.08")
                .containsEntry("reference", "Unstructured Remittance Information V1");
        assertThat(
                        queries.count(
                                "MATCH (p:Party)-[:HOLDS]->(:Account {key: 'IBAN:CH2801234000123456789'}) RETURN count(p) AS c"))
                .as("the account owner and the debtor of the same name are one party")
                .isEqualTo(1);
    }

    @Test
    void running_the_same_file_again_adds_nothing(@TempDir Path dir) throws IOException {
        var file = copy("batched-unicode.v8.xml", dir);
        var first = launcher.launch(job, file, Map.of(), false);
        assertThat(first.status()).isEqualTo("COMPLETED");
        var before = queries().checksum();

        var again = launcher.launch(job, file, Map.of(), false);
        var forced = launcher.launch(job, file, Map.of(), true);

        assertThat(again.status()).isEqualTo("ALREADY_LOADED");
        assertThat(forced.status()).isEqualTo("COMPLETED");
        assertThat(forced.written()).isEqualTo(6);
        assertThat(forced.skipped()).isZero();
        assertThat(queries().checksum()).isEqualTo(before);
    }

    @Test
    void a_failed_run_resumes_after_its_last_committed_chunk(@TempDir Path dir) throws Exception {
        var file = copy("batched-unicode.v8.xml", dir);
        var writes = new AtomicInteger();
        ItemWriter<CamtTransaction> real = new CamtItemWriter(graph, file.toString());
        ItemWriter<CamtTransaction> failingOnce = chunk -> {
            if (writes.incrementAndGet() == 2) {
                throw new IllegalStateException("the database went away");
            }
            real.write(chunk);
        };
        var source = SourceFile.of(file);
        var parameters = new JobParametersBuilder()
                .addString(IngestParameters.INPUT, file.toString(), true)
                .addString(IngestParameters.SHA256, source.sha256(), true)
                .addLong(IngestParameters.BYTES, source.bytes(), false)
                .toJobParameters();

        var failed = jobOperator.start(steps.job(Camt053IngestJob.NAME, job.step(file, failingOnce)), parameters);
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(queries().count("MATCH ()-[t:TRANSFER]->() RETURN count(t) AS c"))
                .isEqualTo(3);

        var resumed = launcher.launch(job, file, Map.of(), false);

        assertThat(resumed.status()).isEqualTo("COMPLETED");
        assertThat(resumed.read())
                .as("the first chunk of three is not read again")
                .isEqualTo(4);
        assertThat(resumed.written()).isEqualTo(3);
        assertThat(queries().count("MATCH ()-[t:TRANSFER]->() RETURN count(t) AS c"))
                .isEqualTo(6);
    }

    private void assertFormat(String fixture, String message) {
        assertThatThrownBy(() -> load(FIXTURES.resolve(fixture)))
                .isInstanceOf(SourceFormatException.class)
                .hasMessageContaining(fixture)
                .hasMessageContaining(message);
    }

    private static Path copy(String fixture, Path dir) throws IOException {
        return Files.copy(FIXTURES.resolve(fixture), dir.resolve(fixture));
    }

    private IngestResult load(Path file) {
        return launcher.launch(job, file, Map.of(), true);
    }

    private GraphQueries queries() {
        return new GraphQueries(graph);
    }
}
