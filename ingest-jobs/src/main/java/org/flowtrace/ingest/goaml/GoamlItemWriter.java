package org.flowtrace.ingest.goaml;

import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.report.ReportGraph;
import org.flowtrace.graph.report.ReportGraphWriter;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Writes the reports of a chunk in one graph transaction; idempotent, so a retried chunk is harmless. */
final class GoamlItemWriter implements ItemWriter<GoamlReport> {

    private final ReportGraphWriter writer;

    GoamlItemWriter(GraphConnection graph) {
        this.writer = new ReportGraphWriter(graph);
    }

    @Override
    public void write(Chunk<? extends GoamlReport> chunk) {
        writer.write(ReportGraph.merge(
                chunk.getItems().stream().map(GoamlReport::graph).toList()));
    }
}
