package org.flowtrace.ingest.fxrates;

import java.util.List;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.fx.UsdValueWriter;
import org.flowtrace.graph.fx.UsdValueWriter.Valuation;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Writes a chunk of USD values in one transaction, only where a transfer still has none; idempotent. */
final class TransferValuationItemWriter implements ItemWriter<Valuation> {

    private final UsdValueWriter writer;

    TransferValuationItemWriter(GraphConnection graph) {
        this.writer = new UsdValueWriter(graph);
    }

    @Override
    public void write(Chunk<? extends Valuation> chunk) {
        writer.write(List.copyOf(chunk.getItems()));
    }
}
