package org.flowtrace.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.embedded.EmbeddedSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bulk initial load (import tool) and the transactional load build the same graph. */
class LedgerBulkLoadIT {

    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/ledger/bulk-parity.csv");

    @Test
    void bulk_and_incremental_loads_give_the_same_graph_keys_and_provenance(
            @TempDir Path bulkDir, @TempDir Path incrementalDir) {
        var bulk =
                CommandRun.of("ingest", "ledger", "--bulk", FIXTURE.toString(), "--data-dir", bulkDir.toString(), "-q");
        var incremental =
                CommandRun.of("ingest", "ledger", FIXTURE.toString(), "--data-dir", incrementalDir.toString(), "-q");

        assertThat(bulk.exitCode()).as(bulk.err()).isZero();
        assertThat(bulk.out()).contains("bulk-parity.csv: COMPLETED", "8 read", "1 rejected", "1 duplicate rows");
        assertThat(incremental.exitCode()).as(incremental.err()).isZero();
        assertThat(incremental.out()).contains("bulk-parity.csv: COMPLETED", "8 read", "1 rejected");

        var bulkGraph = describe(bulkDir);
        var incrementalGraph = describe(incrementalDir);
        assertThat(bulkGraph).isEqualTo(incrementalGraph);
        assertThat(bulkGraph).hasSize(19); // 7 accounts, 3 assets (USD, BTC, CNY), 2 labels, 6 transfers, 1 run
        assertThat(bulkGraph)
                .anyMatch(line -> line.contains("123456789012345678901234567890.12"))
                .anyMatch(line -> line.contains("Wire, សងបំណុល 还债"))
                .anyMatch(line -> line.contains("line one\nline two"));
    }

    @Test
    void bulk_refuses_a_data_folder_that_already_holds_a_graph_and_an_external_neo4j(@TempDir Path dataDir) {
        assertThat(CommandRun.of("status", "--data-dir", dataDir.toString()).exitCode())
                .isZero();

        var again = CommandRun.of("ingest", "ledger", "--bulk", FIXTURE.toString(), "--data-dir", dataDir.toString());
        var external =
                CommandRun.of("ingest", "ledger", "--bulk", FIXTURE.toString(), "--neo4j-uri", "bolt://127.0.0.1:7687");

        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("already holds a graph");
        assertThat(external.exitCode()).isEqualTo(1);
        assertThat(external.err()).contains("--bulk writes the embedded database");
    }

    /**
     * Every evidence element as a line of its label or type, key and properties, with the run ids in
     * provenance entries blanked (the two loads are different runs of the same source).
     */
    private static List<String> describe(Path dataDir) {
        try (var graph = GraphConnection.embedded(EmbeddedSettings.inFolder(dataDir))) {
            var lines = new java.util.ArrayList<String>();
            graph.readQuery("""
                    MATCH (n) WHERE n:Account OR n:Asset OR n:EvaluationLabel
                    RETURN labels(n)[0] AS label, properties(n) AS props
                    """)
                    .execute()
                    .records()
                    .forEach(r -> lines.add(r.get("label").asString() + " "
                            + normalise(r.get("props").asMap())));
            graph.readQuery("""
                    MATCH (a)-[t:TRANSFER]->(b)
                    RETURN a.key + ' -> ' + b.key AS ends, properties(t) AS props
                    """)
                    .execute()
                    .records()
                    .forEach(r -> lines.add("TRANSFER " + r.get("ends").asString() + " "
                            + normalise(r.get("props").asMap())));
            graph.readQuery(
                            "MATCH (r:IngestRun)-[:READ]->(s:SourceFile) RETURN r.job + ' ' + r.status + ' ' + r.read + '/' + r.written + '/' + r.skipped + ' ' + s.sha256 + ' ' + s.uri AS line")
                    .execute()
                    .records()
                    .forEach(r -> lines.add(r.get("line").asString()));
            return lines.stream().sorted().toList();
        }
    }

    private static String normalise(java.util.Map<String, Object> props) {
        var sorted = new java.util.TreeMap<String, Object>(props);
        sorted.computeIfPresent(
                "prov",
                (k, v) -> ((List<?>) v)
                        .stream()
                                .map(e -> e.toString().replaceFirst("^[^|]*\\|", "RUN|"))
                                .toList());
        return sorted.toString();
    }
}
