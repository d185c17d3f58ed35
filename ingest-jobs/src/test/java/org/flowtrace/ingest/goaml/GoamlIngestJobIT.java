package org.flowtrace.ingest.goaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.testing.Neo4jTest;
import org.flowtrace.graph.testing.TestNeo4j;
import org.flowtrace.ingest.IngestTestApplication;
import org.flowtrace.ingest.SourceFormatException;
import org.flowtrace.ingest.support.IngestLauncher;
import org.flowtrace.ingest.support.IngestProperties;
import org.flowtrace.ingest.support.IngestResult;
import org.flowtrace.ingest.support.IngestRunRecorder;
import org.flowtrace.ingest.support.IngestSteps;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Value;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@Neo4jTest
@SpringBootTest(classes = IngestTestApplication.class)
class GoamlIngestJobIT {

    static final Path FIXTURES = Path.of("src/test/resources/fixtures/goaml");

    @Autowired
    IngestLauncher launcher;

    @Autowired
    GoamlIngestJob job;

    @Autowired
    GraphConnection graph;

    @Autowired
    IngestSteps steps;

    @Autowired
    IngestProperties ingest;

    @Autowired
    JobRepository jobRepository;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    IngestRunRecorder runRecorder;

    @Test
    void a_wrapped_file_loads_every_report_with_its_transfers_and_the_links_between_them() {
        var result = load("multi-report.xml", Map.of());

        assertThat(result.status()).isEqualTo("COMPLETED");
        assertThat(result.read()).isEqualTo(3);
        assertThat(result.written()).isEqualTo(3);
        assertThat(result.skipped()).isZero();
        assertThat(strings("MATCH (r:Report) RETURN r.key + ' ' + r.reportCode AS s ORDER BY s"))
                .containsExactly("goaml:7003:MR-1 STR", "goaml:7003:MR-2 CTR", "goaml:7003:MR-3 SAR");
        assertThat(strings("MATCH (r:Report {key: 'goaml:7003:MR-1'}) UNWIND r.transferIds AS s RETURN s"))
                .containsExactly("goaml:7003:MR-T1", "goaml:7003:MR-T2");
        assertThat(single("""
                MATCH (a:Account {key: 'ABCDKHPP:ACC-MR-T2-A'})-[t:TRANSFER]->(b:Account {key: 'WXYZTHBK:ACC-MR-T2-B'})
                RETURN t.id + ' ' + t.amount + ' ' + t.asset + ' ' + join(t.reports) AS s""")).isEqualTo("goaml:7003:MR-T2 2000.00 USD goaml:7003:MR-1");
        assertThat(single("""
                MATCH (r:Report {key: 'goaml:7003:MR-1'})-[n:NAMES]->(a:Account {key: 'ABCDKHPP:ACC-MR-T1-A'})
                RETURN join(n.roles) AS s""")).isEqualTo("FROM");
        assertThat(single("""
                MATCH (:Report {key: 'goaml:7003:MR-3'})-[n:NAMES]->(p:Party:Person)
                RETURN p.name + ' ' + p.key + ' ' + join(n.roles) AS s"""))
                .isEqualTo("Active Subject goaml:7003:MR-3:/activity/report_parties/report_party[1]/person"
                        + " REPORT_PARTY");
        assertThat(count("MATCH ()-[t:TRANSFER]->() RETURN count(t) AS c")).isEqualTo(3);
    }

    @Test
    void running_the_same_file_again_adds_nothing() {
        var first = launcher.launch(job, FIXTURES.resolve("all-sides.xml"), Map.of(), false);
        assertThat(first.status()).isEqualTo("COMPLETED");
        var before = graphChecksum();

        var again = launcher.launch(job, FIXTURES.resolve("all-sides.xml"), Map.of(), false);
        var forced = launcher.launch(job, FIXTURES.resolve("all-sides.xml"), Map.of(), true);

        assertThat(again.status()).isEqualTo("ALREADY_LOADED");
        assertThat(forced.status()).isEqualTo("COMPLETED");
        assertThat(forced.written()).isEqualTo(1);
        assertThat(graphChecksum()).isEqualTo(before);
    }

    @Test
    void every_side_form_becomes_a_transfer_between_accounts_with_party_only_sides_as_party_endpoints() {
        var result = load("all-sides.xml", Map.of());

        assertThat(result.status()).isEqualTo("COMPLETED");
        assertThat(result.skipped()).isZero();
        assertThat(strings("""
                MATCH (a:Account)-[t:TRANSFER]->(b:Account)
                RETURN t.id + ' ' + a.key + ' > ' + b.key + ' ' + t.amount + ' ' + t.fromForm + '>' + t.toForm
                       + ' ' + coalesce(toString(t.fromMyClient), '-') + '>'
                       + coalesce(toString(t.toMyClient), '-') AS s ORDER BY s"""))
                .containsExactly(
                        "goaml:7001:AS-1 ABCDKHPP:111-222 > WXYZTHBK:999-888 1500.00 ACCOUNT>ACCOUNT true>false",
                        "goaml:7001:AS-2 goaml-party:goaml:7001:AS-2026-1:/transaction[2]/t_from/from_person"
                                + " > ABCDKHPP:111222 250.50 PERSON>ACCOUNT false>true",
                        "goaml:7001:AS-3 goaml-party:org:REG:KH:00012345"
                                + " > goaml-party:goaml:7001:AS-2026-1:/transaction[3]/t_to/to_person"
                                + " 75.25 ENTITY>PERSON true>false",
                        "goaml:7001:AS-4 WXYZTHBK:999-888 > goaml-party:org:REG:KH:778899 10.00 ACCOUNT>ENTITY false>true",
                        "goaml:7001:AS-5 goaml-party:goaml:7001:AS-2026-1:/transaction[5]/t_from/from_entity"
                                + " > goaml-party:org:REG:KH:778899 20.00 ENTITY>ENTITY false>false",
                        "goaml:7001:AS-6 goaml-party:person:PASSPORT:KH:N123456"
                                + " > goaml-party:goaml:7001:AS-2026-1:/transaction[6]/t_to_my_client/to_person"
                                + " 30.00 PERSON>PERSON true>true",
                        "goaml:7001:AS-7 goaml-party:goaml:7001:AS-2026-1:/transaction[7]/involved_parties/party[1]/person"
                                + " > ABCDKHPP:111-222 40.00 PERSON>ACCOUNT ->-");
        // the party of a party-only side holds its endpoint account
        assertThat(single("""
                MATCH (p:Party:Organisation)-[h:HOLDS]->(a:Account {key: 'goaml-party:org:REG:KH:778899'})
                RETURN p.name + ' ' + join(h.roles) + ' ' + a.kind AS s""")).isEqualTo("Angkor Gems Ltd ENDPOINT PARTY_ENDPOINT");
        // the signatory, keyed by passport, is the same party as the my-client person of AS-6
        assertThat(single("""
                MATCH (p:Party:Person {key: 'person:PASSPORT:KH:N123456'})-[h:HOLDS]->(a:Account)
                WITH p, collect(a.key + '=' + join(h.roles)) AS held
                RETURN p.name + ' ' + reduce(s = '', x IN held | s + x + ';') AS s""")).contains("ABCDKHPP:111-222=PAH", "goaml-party:person:PASSPORT:KH:N123456=ENDPOINT");
        assertThat(strings("""
                MATCH (:Party {key: 'person:PASSPORT:KH:N123456'})-[:HAS_IDENTIFIER]->(i:Identifier)
                RETURN i.key AS s ORDER BY s"""))
                .containsExactly("EMAIL:sok.dara@example.com", "PASSPORT:KH:N123456", "PHONE:+85512345678");
        assertThat(single("""
                MATCH (:Party {key: 'person:PASSPORT:KH:N123456'})-[h:HAS_ADDRESS]->(a:Address)
                RETURN a.key + ' ' + join(h.types) AS s""")).isEqualTo("ADDRESS:KH:PHNOM PENH:12 STREET 51 PRIVT");
        assertThat(single("""
                MATCH (o:Party:Organisation {key: 'org:REG:KH:00012345'})-[h:HOLDS]->(a:Account {key: 'ABCDKHPP:111222'})
                RETURN o.name + ' ' + join(h.roles) AS s""")).isEqualTo("Mekong Trading Co ENTITY");
        // a multi-party transaction: remitter pays beneficiary; the witness is named, not a transfer end
        assertThat(single("""
                MATCH (:Report {key: 'goaml:7001:AS-2026-1'})-[n:NAMES]->(p:Party {name: 'Wit Ness'})
                RETURN join(n.roles) AS s""")).isEqualTo("PARTY:WITN");
        assertThat(single("MATCH ()-[t:TRANSFER {id: 'goaml:7001:AS-7'}]->() RETURN toString(t.at) AS s"))
                .isEqualTo("2026-03-01T04:00:00Z");
        // the two persons without identifiers named 'Walk In' stay apart, each keyed by position
        assertThat(count("MATCH (p:Party {name: 'Walk In'}) RETURN count(p) AS c"))
                .isEqualTo(2);
        // lossless: each transaction's XML is on its transfer, the rest of the report on the report
        assertThat(single("MATCH ()-[t:TRANSFER {id: 'goaml:7001:AS-1'}]->() RETURN t.sourceXml AS s"))
                .startsWith("<transaction>")
                .contains("<transactionnumber>AS-1</transactionnumber>", "<tph_number>012 345 678</tph_number>");
        assertThat(single("MATCH (r:Report {key: 'goaml:7001:AS-2026-1'}) RETURN r.sourceXml AS s"))
                .contains("<reason>Reason of AS-2026-1</reason>", "<indicator>STRUC</indicator>")
                .doesNotContain("<transaction>");
    }

    @Test
    void names_in_khmer_thai_burmese_vietnamese_and_chinese_round_trip_exactly() {
        var result = load("unicode-names.xml", Map.of());

        assertThat(result.skipped()).isZero();
        assertThat(strings("MATCH (p:Party:Person) RETURN p.key + '=' + p.name AS s ORDER BY s"))
                .containsExactly(
                        "person:PASSPORT:CN:CN500=王 小明",
                        "person:PASSPORT:KH:KH100=សុខ ដារ៉ា",
                        "person:PASSPORT:MM:MM300=အောင် ကျော်",
                        "person:PASSPORT:TH:TH200=สมชาย ใจดี",
                        "person:PASSPORT:VN:VN400=Nguyễn Thị Ánh");
        assertThat(single("MATCH (p:Party:Organisation {key: 'org:REG:CN:R5'}) RETURN p.name AS s"))
                .isEqualTo("小明 王 有限公司");
        assertThat(single(
                        "MATCH (p:Party {key: 'person:PASSPORT:KH:KH100'}) RETURN p.firstName + '|' + p.lastName AS s"))
                .isEqualTo("សុខ|ដារ៉ា");
    }

    @Test
    void every_bad_report_is_rejected_with_its_locator_field_and_reason_and_the_rest_loads() throws Exception {
        var result = load("bad-reports.xml", Map.of());

        assertThat(result.status()).isEqualTo("COMPLETED");
        assertThat(rejects(result))
                .extracting(r -> r.get("locator").asString() + " " + field(r) + ": "
                        + r.get("reason").asString())
                .containsExactlyInAnyOrder(
                        "/report[2]/transaction[1]/internal_ref_number internal_ref_number: line 60:"
                                + " cvc-complex-type.2.4.a: Invalid content was found starting with element"
                                + " 'internal_ref_number'. One of '{transactionnumber}' is expected.",
                        "/report[3]/transaction[1]/amount_local amount_local: line 110:"
                                + " cvc-datatype-valid.1.2.1: '12,50' is not a valid value for 'decimal'.",
                        "/report[4]/transaction[1]/amount_local amount_local: negative amount -5.00",
                        "/report[5]/currency_code_local currency_code_local: unknown currency 'XYZ'",
                        "/report[7]/transaction[2]/transactionnumber transactionnumber: duplicate transactionnumber"
                                + " 'B-07' (first at transaction[1]): a report states each transaction once",
                        "/report[9]/submission_code submission_code: line 398: cvc-complex-type.2.4.a: Invalid"
                                + " content was found starting with element 'submission_code'. One of"
                                + " '{schema_version, rentity_id}' is expected.",
                        "/report[10] transaction: a report needs at least one <transaction> or an <activity>",
                        "/report[11]/transaction[1]/date_transaction date_transaction: line 468:"
                                + " cvc-datatype-valid.1.2.1: '2026-13-45T00:00:00' is not a valid value for"
                                + " 'dateTime'.",
                        "/report[12]/transaction[1]/amount_local amount_local: amount 100.5 has more than 0"
                                + " decimals allowed for JPY",
                        "/report[13] report: line 587: cvc-complex-type.2.4.b: The content of element 'report' is"
                                + " not complete. One of '{transaction, activity, report_indicators}' is expected.",
                        "/report[14]/transaction[1]/t_from_my_client/from_country from_country: line 608:"
                                + " cvc-complex-type.2.4.a: Invalid content was found starting with element"
                                + " 'from_country'. One of '{from_funds_comment, from_transaction_additional_info,"
                                + " from_foreign_currency, conductor_is_suspected, t_conductor, from_is_suspected,"
                                + " from_account, from_person, from_entity}' is expected.",
                        "/report[15]/transaction[1]/t_to/to_foreign_currency/foreign_currency_code"
                                + " foreign_currency_code: unknown currency 'QQQ'",
                        "after /report[15] -: line 672: unexpected element <note> between reports",
                        "/report[16]/transaction[1]/amount_local amount_local: line 690: cvc-datatype-valid.1.2.1:"
                                + " '1e5' is not a valid value for 'decimal'.",
                        "/report[17]/transaction[1]/transactionnumber transactionnumber: line 729:"
                                + " cvc-minLength-valid: Value '' with length = '0' is not facet-valid with respect"
                                + " to minLength '1' for type 'identifier'.");
        assertThat(result.read())
                .as("19 reports read; the <note> is a skip in reading")
                .isEqualTo(19);
        assertThat(result.skipped()).isEqualTo(15);
        assertThat(result.written()).isEqualTo(5);
        assertThat(strings("MATCH (r:Report) RETURN r.entityReference AS s ORDER BY s"))
                .containsExactly("BAD-01", "BAD-06", "BAD-08", "BAD-19", "BAD-20");
        assertThat(single("MATCH ()-[t:TRANSFER {id: 'goaml:7005:B-06'}]->() RETURN t.amount AS s"))
                .isEqualTo("123456789012345678901234567890.00");
        assertThat(single("MATCH ()-[t:TRANSFER {id: 'goaml:7005:B-08'}]->() RETURN toString(t.at) AS s"))
                .as("a time without zone is read in the configured zone, UTC by default")
                .isEqualTo("2026-03-01T09:15:00Z");
        assertThat(single("MATCH ()-[t:TRANSFER {id: 'goaml:7005:B-19'}]->() RETURN toString(t.at) AS s"))
                .isEqualTo("2026-03-01T02:15:00Z");
        assertThat(count("MATCH ()-[t:TRANSFER]->() RETURN count(t) AS c")).isEqualTo(5);
    }

    @Test
    void a_transaction_number_stated_again_by_a_later_report_is_the_same_transfer_unless_its_accounts_differ()
            throws Exception {
        var result = load("duplicate-across-reports.xml", Map.of());

        assertThat(result.status()).isEqualTo("COMPLETED");
        assertThat(single("""
                MATCH (:Account {key: 'ABCDKHPP:A-1'})-[t:TRANSFER {id: 'goaml:7009:DUP-1'}]->(:Account {key: 'WXYZTHBK:B-1'})
                RETURN t.amount + ' ' + join(t.reports) AS s""")).isEqualTo("10.00 goaml:7009:DR-1,goaml:7009:DR-2");
        assertThat(rejects(result)).singleElement().satisfies(r -> {
            assertThat(r.get("locator").asString()).isEqualTo("/report[3]");
            assertThat(r.get("phase").asString()).isEqualTo("write");
            assertThat(r.get("reason").asString()).contains("TRANSFER", "goaml:7009:DUP-1");
        });
        assertThat(strings("MATCH (r:Report) RETURN r.key AS s ORDER BY s"))
                .containsExactly("goaml:7009:DR-1", "goaml:7009:DR-2");
        assertThat(count("MATCH (a:Account) WHERE a.key IN ['ABCDKHPP:C-1', 'WXYZTHBK:D-1'] RETURN count(a) AS c"))
                .isZero();
    }

    @Test
    void a_truncated_file_keeps_the_complete_reports_and_rejects_the_cut_one() throws Exception {
        var result = load("truncated.xml", Map.of());

        assertThat(result.status()).isEqualTo("COMPLETED");
        assertThat(result.written()).isEqualTo(2);
        assertThat(rejects(result)).singleElement().satisfies(r -> {
            assertThat(r.get("locator").asString()).isEqualTo("/report[3]");
            assertThat(r.get("reason").asString())
                    .startsWith("not well-formed XML at line ")
                    .endsWith("; the rest of the file cannot be read");
        });
        assertThat(strings("MATCH (r:Report) RETURN r.key AS s ORDER BY s"))
                .containsExactly("goaml:7006:TR-1", "goaml:7006:TR-2");
    }

    @Test
    void xml_broken_mid_file_keeps_what_was_read_before_and_says_where_it_broke() throws Exception {
        var result = load("malformed-mid-file.xml", Map.of());

        assertThat(result.status()).isEqualTo("COMPLETED");
        assertThat(strings("MATCH (r:Report) RETURN r.key AS s")).containsExactly("goaml:7007:MF-1");
        assertThat(rejects(result)).singleElement().satisfies(r -> {
            assertThat(r.get("locator").asString()).isEqualTo("/report[2]");
            assertThat(r.get("reason").asString())
                    .isEqualTo("not well-formed XML at line 64 column 29: The element type \"amount_local\" must be"
                            + " terminated by the matching end-tag \"</amount_local>\".; the rest of the file cannot"
                            + " be read");
        });
    }

    @Test
    void files_that_are_not_goaml_fail_fast_and_load_nothing() {
        assertThatThrownBy(() -> load("empty.xml", Map.of()))
                .isInstanceOf(SourceFormatException.class)
                .hasMessageEndingWith("empty.xml: empty file: no goAML report");
        assertThatThrownBy(() -> load("not-xml.xml", Map.of()))
                .isInstanceOf(SourceFormatException.class)
                .hasMessageContaining("not well-formed XML at line 1 column 1");
        assertThatThrownBy(() -> load("wrong-namespace.xml", Map.of()))
                .isInstanceOf(SourceFormatException.class)
                .hasMessageContaining("not a goAML report: root element <report> in namespace"
                        + " 'urn:example:not-goaml' (goAML reports are in no namespace)");
        assertThatThrownBy(() -> load("not-goaml.xml", Map.of()))
                .isInstanceOf(SourceFormatException.class)
                .hasMessageContaining("not a goAML file: root element <Document> in namespace"
                        + " 'urn:iso:std:iso:20022:tech:xsd:pacs.008.001.08' holds <FIToFICstmrCdtTrf>");
        assertThatThrownBy(() -> load("multi-report.xml", Map.of(GoamlIngestJob.SCHEMA, "no/such.xsd")))
                .isInstanceOf(SourceFormatException.class)
                .hasMessageContaining("no such goAML schema file");
        assertThat(count("MATCH (n) WHERE n:Report OR n:Account OR n:Party RETURN count(n) AS c"))
                .isZero();
    }

    @Test
    void a_code_list_violation_is_a_warning_by_default_and_the_net_style_pattern_passes_once_normalised() {
        var result = load(
                "code-lists.xml",
                Map.of(GoamlIngestJob.SCHEMA, FIXTURES.resolve("fiu-schema.xsd").toString()));

        assertThat(result.status()).isEqualTo("COMPLETED");
        assertThat(result.skipped()).isZero();
        assertThat(single("MATCH (r:Report {key: 'goaml:7008:CL-1'}) RETURN join(r.codeListWarnings) AS s"))
                .isEqualTo("/report[1]/transaction[1]/transmode_code: cvc-enumeration-valid: Value 'ZZ' is not"
                        + " facet-valid with respect to enumeration '[ELCFT, CASH, SWIFT]'. It must be a value from"
                        + " the enumeration.");
        assertThat(single("MATCH ()-[t:TRANSFER {id: 'goaml:7008:CL-T2'}]->() RETURN t.amount + ' ' + t.asset AS s"))
                .isEqualTo("100.00 KHR");
    }

    @Test
    void a_code_list_violation_rejects_the_report_when_configured_to() throws Exception {
        var defaults = job.properties();
        var rejecting = new GoamlIngestJob(
                steps,
                graph,
                new GoamlIngestProperties(
                        CodeListPolicy.REJECT,
                        defaults.zone(),
                        defaults.chunkSize(),
                        defaults.keepSourceXml(),
                        defaults.payerRoles(),
                        defaults.payeeRoles()));

        var result = launcher.launch(
                rejecting,
                FIXTURES.resolve("code-lists.xml"),
                Map.of(GoamlIngestJob.SCHEMA, FIXTURES.resolve("fiu-schema.xsd").toString()),
                true);

        assertThat(rejects(result)).singleElement().satisfies(r -> {
            assertThat(r.get("locator").asString()).isEqualTo("/report[1]/transaction[1]/transmode_code");
            assertThat(r.get("field").asString()).isEqualTo("transmode_code");
            assertThat(r.get("reason").asString()).contains("cvc-enumeration-valid: Value 'ZZ'");
        });
        assertThat(strings("MATCH (r:Report) RETURN r.key AS s")).containsExactly("goaml:7008:CL-2");
    }

    @Test
    void a_run_that_failed_part_way_resumes_after_its_last_chunk_and_ends_as_a_clean_run_would() throws Exception {
        var strict = new IngestSteps(
                jobRepository,
                transactions,
                new IngestProperties(
                        ingest.chunkSize(),
                        0,
                        ingest.retryLimit(),
                        ingest.rejectsDir(),
                        true,
                        ingest.progressInterval()),
                runRecorder);
        var input = FIXTURES.resolve("restart.xml");

        var failed = launcher.launch(new GoamlIngestJob(strict, graph, job.properties()), input, Map.of(), false);
        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(strings("MATCH (r:Report) RETURN r.key AS s ORDER BY s"))
                .as("the first chunk (two reports) was committed before the bad third report")
                .containsExactly("goaml:7004:RS-1", "goaml:7004:RS-2");

        var resumed = launcher.launch(job, input, Map.of(), false);
        assertThat(resumed.status()).isEqualTo("COMPLETED");
        assertThat(resumed.runId()).isNotEqualTo(failed.runId());
        assertThat(resumed.read())
                .as("only the reports after the last committed chunk")
                .isEqualTo(3);
        assertThat(resumed.skipped()).isEqualTo(1);
        assertThat(resumed.written()).isEqualTo(2);
        var afterRestart = graphChecksum();

        TestNeo4j.clear(graph);
        var clean = launcher.launch(job, input, Map.of(), true);
        assertThat(clean.read()).isEqualTo(5);
        assertThat(graphChecksum()).isEqualTo(afterRestart);
    }

    private IngestResult load(String fixture, Map<String, String> options) {
        return launcher.launch(job, FIXTURES.resolve(fixture), options, true);
    }

    static String field(JsonNode reject) {
        var field = reject.get("field");
        return field == null || field.isNull() ? "-" : field.asString();
    }

    static List<JsonNode> rejects(IngestResult result) throws Exception {
        var json = JsonMapper.builder().build();
        return Files.readAllLines(result.rejects()).stream().map(json::readTree).toList();
    }

    long count(String cypher) {
        return graph.readQuery(join(cypher))
                .execute()
                .records()
                .getFirst()
                .get("c")
                .asLong();
    }

    String single(String cypher) {
        var records = graph.readQuery(join(cypher)).execute().records();
        assertThat(records).as(cypher).hasSize(1);
        return records.getFirst().get("s").asString();
    }

    List<String> strings(String cypher) {
        return graph.readQuery(join(cypher)).execute().records().stream()
                .map(r -> r.get("s").asString())
                .toList();
    }

    /** Expands {@code join(list)} in test queries to a comma-joined string ('' for a missing list). */
    static String join(String cypher) {
        return cypher.replaceAll(
                "join\\(([^()]*(\\([^()]*\\))?[^()]*)\\)",
                "reduce(j = '', x IN coalesce($1, []) | j + CASE j WHEN '' THEN '' ELSE ',' END + x)");
    }

    /**
     * Every node and relationship the job writes: key, labels, property names (sorted), provenance
     * count, and the list properties that accumulate across reports.
     */
    String graphChecksum() {
        var nodes = graph.readQuery("""
                MATCH (n) WHERE n:Account OR n:Party OR n:Report OR n:Identifier OR n:Address OR n:Asset
                RETURN coalesce(n.key, n.code) AS id, labels(n) AS labels, keys(n) AS keys, size(n.prov) AS prov,
                       coalesce(n.transferIds, []) AS lists
                """).execute().records();
        var rels = graph.readQuery("""
                MATCH (a)-[r]->(b)
                WHERE type(r) IN ['TRANSFER', 'HOLDS', 'NAMES', 'HAS_IDENTIFIER', 'HAS_ADDRESS']
                RETURN a.key + '-' + type(r) + '>' + b.key + ':' + coalesce(r.id, '') AS id, [] AS labels,
                       keys(r) AS keys, size(r.prov) AS prov, coalesce(r.roles, r.types, r.reports, []) AS lists
                """).execute().records();
        var lines = new ArrayList<String>();
        for (var record : Stream.concat(nodes.stream(), rels.stream()).toList()) {
            var keys = new ArrayList<>(record.get("keys").asList(Value::asString));
            Collections.sort(keys);
            var labels = new ArrayList<>(record.get("labels").asList(Value::asString));
            Collections.sort(labels);
            lines.add(record.get("id").asString() + " " + labels + " " + keys + " "
                    + record.get("prov").asLong() + " " + record.get("lists").asList(Value::asString));
        }
        Collections.sort(lines);
        return String.join("\n", lines);
    }
}
