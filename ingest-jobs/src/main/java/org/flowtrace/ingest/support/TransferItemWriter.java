package org.flowtrace.ingest.support;

import java.util.List;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.model.Transfer;
import org.flowtrace.graph.transfer.TransferWriter;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Writes a chunk of transfers to the graph in one transaction; idempotent, so a retried chunk is harmless. */
public final class TransferItemWriter implements ItemWriter<Transfer> {

    private final TransferWriter writer;

    public TransferItemWriter(GraphConnection graph) {
        this.writer = new TransferWriter(graph);
    }

    @Override
    public void write(Chunk<? extends Transfer> chunk) {
        writer.write(List.copyOf(chunk.getItems()));
    }
}
