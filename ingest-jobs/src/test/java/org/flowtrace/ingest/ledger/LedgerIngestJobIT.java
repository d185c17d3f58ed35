package org.flowtrace.ingest.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.testing.Neo4jTest;
import org.flowtrace.ingest.IngestTestApplication;
import org.flowtrace.ingest.SourceFormatException;
import org.flowtrace.ingest.support.IngestLauncher;
import org.flowtrace.ingest.support.IngestResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@Neo4jTest
@SpringBootTest(classes = IngestTestApplication.class)
class LedgerIngestJobIT {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/ledger");
    private static final Path REFERENCE =
            Path.of("../../shared/reference-data/aml-datasets/ibm-amlworld/transactions_sample.csv");

    @Autowired
    IngestLauncher launcher;

    @Autowired
    LedgerIngestJob job;

    @Autowired
    GraphConnection graph;

    @Test
    void loads_an_amlworld_layout_file_with_exact_amounts_cross_currency_payments_and_labels_apart() {
        var result = load("amlworld-small.csv", Map.of());

        assertThat(result.status()).isEqualTo("COMPLETED");
        assertThat(result.read()).isEqualTo(9);
        assertThat(result.skipped()).isZero();
        assertThat(count("MATCH ()-[t:TRANSFER]->() RETURN count(t) AS c")).isEqualTo(9);
        var crossCurrency = single("""
                MATCH (a:Account {key: '0110:80029A2A0'})-[t:TRANSFER]->(b:Account {key: '0222:8002A4C40'})
                RETURN t.amount + ' ' + t.asset + ' / ' + t.received + ' ' + t.receivedAsset + ' / ' + t.channel AS s
                """);
        assertThat(crossCurrency).isEqualTo("13842.02 USD / 12589.14 EUR / ACH");
        assertThat(single("MATCH ()-[t:TRANSFER {asset: 'BITCOIN:BTC'}]->() RETURN t.amount AS s"))
                .isEqualTo("0.00211000");
        assertThat(count("MATCH (l:EvaluationLabel {laundering: true}) RETURN count(l) AS c"))
                .isEqualTo(2);
        assertThat(count("MATCH (l:EvaluationLabel)--() RETURN count(l) AS c")).isZero();
        assertThat(single("MATCH ()-[t:TRANSFER]->() WHERE t.asset = 'USD' RETURN min(t.usd) AS s"))
                .isEqualTo("0.01");
    }

    @Test
    void running_the_same_file_again_adds_nothing() {
        var first = launcher.launch(job, FIXTURES.resolve("amlworld-small.csv"), Map.of(), false);
        assertThat(first.status()).isEqualTo("COMPLETED");
        var before = graphChecksum();

        var again = launcher.launch(job, FIXTURES.resolve("amlworld-small.csv"), Map.of(), false);
        var forced = launcher.launch(job, FIXTURES.resolve("amlworld-small.csv"), Map.of(), true);

        assertThat(again.status()).isEqualTo("ALREADY_LOADED");
        assertThat(forced.status()).isEqualTo("COMPLETED");
        assertThat(forced.written()).isEqualTo(9);
        assertThat(graphChecksum()).isEqualTo(before);
    }

    @Test
    void every_bad_row_is_rejected_with_its_line_field_and_reason_and_the_good_rows_load() throws Exception {
        var result = load("amlworld-bad-rows.csv", Map.of());

        assertThat(result.status()).isEqualTo("COMPLETED");
        var rejects = rejects(result);
        assertThat(rejects)
                .extracting(r -> r.get("locator").asString() + " " + field(r) + ": "
                        + r.get("reason").asString())
                .containsExactlyInAnyOrder(
                        "line 2 amount: not a plain decimal amount: 'abc'",
                        "line 3 amount: negative amount -5.00",
                        "line 4 currency: unknown currency 'Dogecoin'",
                        "line 6 amount: amount 10.001 has more than 2 decimals allowed for USD",
                        "line 7 time: not a time in the format yyyy/MM/dd HH:mm: '2022-09-01T01:00'",
                        "line 8 fromAccount: missing value",
                        "line 9 toAccount: missing value",
                        "line 10 -: expected at least 11 fields, found 6",
                        "line 11 label: label must be 0/1 or true/false: 'maybe'",
                        "line 12 amount: not a plain decimal amount: '1e5'",
                        "line 13 amount: missing value",
                        "line 14 receivedCurrency: unknown currency 'Zorkmid'",
                        "line 15 amount: amount 100.5 has more than 0 decimals allowed for JPY",
                        "line 16 time: not a time in the format yyyy/MM/dd HH:mm: '2022/13/45 01:00'",
                        "line 17 amount: not a plain decimal amount: '1,000.00'",
                        "line 18 -: expected at least 11 fields, found 0",
                        "line 19 amount: not a plain decimal amount: 'NaN'",
                        "line 21 receivedAmount: negative amount -1.00",
                        "line 24 currency: missing value",
                        "line 26 amount: not a plain decimal amount: '0x10'");
        assertThat(rejects).allSatisfy(r -> assertThat(r.get("file").asString()).endsWith("amlworld-bad-rows.csv"));
        assertThat(result.skipped()).isEqualTo(20);
        assertThat(result.written()).isEqualTo(5);
        assertThat(count("MATCH ()-[t:TRANSFER]->() RETURN count(t) AS c"))
                .as("lines 22 and 23 are one transfer")
                .isEqualTo(4);
        assertThat(single("MATCH (:Account {key: '010:A4'})-[t:TRANSFER]->() RETURN t.amount AS s"))
                .isEqualTo("123456789012345678901234567890.12");
        assertThat(single("MATCH (:Account {key: '010:A19'})-[t:TRANSFER]->() RETURN t.amount AS s"))
                .isEqualTo("12.50");
        assertThat(single("MATCH (:Account {key: '010:A24'})-[t:TRANSFER]->() RETURN t.channel AS s"))
                .isEqualTo("Wire, urgent");
    }

    @Test
    void a_bom_and_crlf_file_loads_with_quoted_commas_intact() {
        var result = load("amlworld-bom-crlf.csv", Map.of());

        assertThat(result.status()).isEqualTo("COMPLETED");
        assertThat(result.skipped()).isZero();
        assertThat(single("MATCH (:Account {key: '010:C1'})-[t:TRANSFER]->() RETURN t.channel AS s"))
                .isEqualTo("ACH, batch 7");
    }

    @Test
    void a_truncated_file_loads_its_complete_rows_and_rejects_the_cut_one() throws Exception {
        var result = load("truncated.csv", Map.of());

        assertThat(result.written()).isEqualTo(1);
        assertThat(rejects(result))
                .singleElement()
                .satisfies(r -> assertThat(r.get("locator").asString()).isEqualTo("line 3"));
    }

    @Test
    void files_that_are_not_ledgers_of_the_mapping_fail_fast_and_load_nothing() {
        assertThatThrownBy(() -> load("empty.csv", Map.of()))
                .isInstanceOf(SourceFormatException.class)
                .hasMessageContaining("empty.csv")
                .hasMessageContaining("empty file");
        assertThatThrownBy(() -> load("not-a-ledger.xml", Map.of()))
                .isInstanceOf(SourceFormatException.class)
                .hasMessageContaining("not a CSV ledger");
        assertThatThrownBy(() -> load(
                        "amlworld-small.csv",
                        Map.of("mapping", FIXTURES.resolve("wrong-mapping.yaml").toString())))
                .isInstanceOf(SourceFormatException.class)
                .hasMessageContaining("no column 'booking_date' for time");
        assertThat(count("MATCH (n) WHERE n:Account RETURN count(n) AS c")).isZero();
    }

    @Test
    void the_reference_amlworld_sample_loads_through_a_mapping_file() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(REFERENCE), "shared reference data present");
        var result = launcher.launch(
                job,
                REFERENCE,
                Map.of("mapping", FIXTURES.resolve("snake-case-mapping.yaml").toString()),
                false);

        assertThat(result.status()).isEqualTo("COMPLETED");
        assertThat(result.read()).isEqualTo(1000);
        assertThat(result.skipped()).isZero();
        var distinctRows =
                Files.readAllLines(REFERENCE).stream().skip(1).distinct().count();
        assertThat(count("MATCH ()-[t:TRANSFER]->() RETURN count(t) AS c")).isEqualTo(distinctRows);
        assertThat(
                        single(
                                "MATCH (:Account {key: '3208:8000F4580'})-[t:TRANSFER]->(:Account {key: '1:8000F5340'}) RETURN t.amount AS s"))
                .isEqualTo("0.01");
    }

    private IngestResult load(String fixture, Map<String, String> options) {
        return launcher.launch(job, FIXTURES.resolve(fixture), options, true);
    }

    private static String field(JsonNode reject) {
        var field = reject.get("field");
        return field == null || field.isNull() ? "-" : field.asString();
    }

    private static List<JsonNode> rejects(IngestResult result) throws Exception {
        var json = JsonMapper.builder().build();
        return Files.readAllLines(result.rejects()).stream().map(json::readTree).toList();
    }

    private long count(String cypher) {
        return graph.readQuery(cypher).execute().records().getFirst().get("c").asLong();
    }

    private String single(String cypher) {
        return graph.readQuery(cypher).execute().records().getFirst().get("s").asString();
    }

    private String graphChecksum() {
        return single("""
                MATCH (a)-[t:TRANSFER]->(b)
                WITH a.key + '>' + b.key + ':' + t.id + ':' + t.amount + ':' + t.asset + ':' + size(t.prov) AS line ORDER BY line
                WITH collect(line) AS lines
                MATCH (n) WHERE n:Account OR n:Asset OR n:EvaluationLabel
                WITH lines, count(n) AS nodes, sum(size(n.prov)) AS prov
                RETURN reduce(s = '', l IN lines | s + l + ';') + nodes + ':' + prov AS s
                """);
    }
}
