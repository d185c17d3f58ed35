package org.flowtrace.ingest.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.embedded.EmbeddedSettings;
import org.flowtrace.graph.model.Sha256;
import org.flowtrace.graph.testing.Neo4jTest;
import org.flowtrace.ingest.IngestTestApplication;
import org.flowtrace.ingest.support.IngestLauncher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The built-in {@code amlworld} mapping reads a trailing {@code Reference} column when the header has
 * one ({@code amlworld-with-reference.csv}: four rows, one without a reference, one with a quoted
 * comma), on the transactional and on the bulk path alike.
 */
@Neo4jTest
@SpringBootTest(classes = IngestTestApplication.class)
class LedgerReferenceColumnIT {

    private static final Path FILE = Path.of("src/test/resources/fixtures/ledger/amlworld-with-reference.csv");

    private static final String REFERENCES = """
            MATCH (a)-[t:TRANSFER]->(b)
            RETURN a.key + ' > ' + b.key + ' ' + t.amount + ' ' + coalesce(t.reference, '-') + ' ' + t.id AS line
            ORDER BY line
            """;

    /** The keys the rows get: the SHA-256 of their fields with the reference last. */
    private static final List<String> EXPECTED = List.of(
            "00010:80029A2A0 > 00024:80029B5C1 4200.00 trả nợ "
                    + key(
                            "00010",
                            "80029A2A0",
                            "00024",
                            "80029B5C1",
                            "2022-09-01T08:15:00Z",
                            "4200.00",
                            "USD",
                            "",
                            "",
                            "Wire",
                            "trả nợ"),
            "00010:80029A2A0 > 00031:8002A4C40 120.50 - "
                    + key(
                            "00010",
                            "80029A2A0",
                            "00031",
                            "8002A4C40",
                            "2022-09-01T09:40:00Z",
                            "120.50",
                            "USD",
                            "",
                            "",
                            "ACH",
                            ""),
            "00010:80029A2A0 > 00045:8002B0010 300.00 school, books "
                    + key(
                            "00010",
                            "80029A2A0",
                            "00045",
                            "8002B0010",
                            "2022-09-02T18:30:00Z",
                            "300.00",
                            "USD",
                            "",
                            "",
                            "Wire",
                            "school, books"),
            "00045:8002B0010 > 00024:80029B5C1 667.12 ค่าไถ่ 释放 fee "
                    + key(
                            "00045",
                            "8002B0010",
                            "00024",
                            "80029B5C1",
                            "2022-09-02T11:05:00Z",
                            "667.12",
                            "USD",
                            "98000",
                            "JPY",
                            "Wire",
                            "ค่าไถ่ 释放 fee"));

    @Autowired
    IngestLauncher launcher;

    @Autowired
    LedgerIngestJob job;

    @Autowired
    GraphConnection graph;

    @Test
    void the_transactional_load_stores_the_reference_of_each_row_and_keys_rows_by_it() {
        var result = launcher.launch(job, FILE, Map.of(), true);

        assertThat(result.status()).isEqualTo("COMPLETED");
        assertThat(result.skipped()).isZero();
        assertThat(lines(graph)).containsExactlyElementsOf(EXPECTED);
    }

    @Test
    void the_bulk_load_stores_the_same_references_under_the_same_keys(@TempDir Path dataDir) throws Exception {
        var work = Files.createDirectories(dataDir.resolve("work"));
        var outcome = LedgerBulkLoad.run(
                FILE.toAbsolutePath(), Map.of(), dataDir.resolve("neo4j"), dataDir.resolve("rejects"), work, m -> {});

        assertThat(outcome.read()).isEqualTo(4);
        assertThat(outcome.skipped()).isZero();
        try (var bulk = GraphConnection.embedded(EmbeddedSettings.inFolder(dataDir))) {
            assertThat(lines(bulk)).containsExactlyElementsOf(EXPECTED);
        }
    }

    @Test
    void a_header_without_the_reference_column_maps_no_reference() {
        var header = List.of(
                "Timestamp",
                "From Bank",
                "Account",
                "To Bank",
                "Account",
                "Amount Received",
                "Receiving Currency",
                "Amount Paid",
                "Payment Currency",
                "Payment Format",
                "Is Laundering");

        assertThat(AmlworldMapping.mapping(header).column(ColumnMapping.Field.REFERENCE))
                .isNull();
        var withReference = new java.util.ArrayList<>(header);
        withReference.add("Reference");
        assertThat(AmlworldMapping.mapping(withReference).column(ColumnMapping.Field.REFERENCE))
                .isEqualTo("#11");
    }

    private static List<String> lines(GraphConnection graph) {
        return graph.readQuery(REFERENCES).execute().records().stream()
                .map(r -> r.get("line").asString())
                .toList();
    }

    private static String key(String... fields) {
        return "ledger:" + Sha256.hex(String.join("\u001f", fields));
    }
}
