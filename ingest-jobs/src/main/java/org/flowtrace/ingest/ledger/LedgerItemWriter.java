package org.flowtrace.ingest.ledger;

import java.util.List;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.evaluation.EvaluationLabelWriter;
import org.flowtrace.graph.transfer.TransferWriter;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes a chunk of ledger transfers, and the positive evaluation labels among them (a labelled file's
 * transfers without a label node are its negatives). Idempotent.
 */
final class LedgerItemWriter implements ItemWriter<LedgerTransfer> {

    private final TransferWriter transfers;
    private final EvaluationLabelWriter labels;

    LedgerItemWriter(GraphConnection graph) {
        this.transfers = new TransferWriter(graph);
        this.labels = new EvaluationLabelWriter(graph);
    }

    @Override
    public void write(Chunk<? extends LedgerTransfer> chunk) {
        List<? extends LedgerTransfer> items = chunk.getItems();
        transfers.write(items.stream().map(LedgerTransfer::transfer).toList());
        labels.write(items.stream()
                .filter(item -> Boolean.TRUE.equals(item.laundering()))
                .map(item -> new EvaluationLabelWriter.Label(
                        item.transfer().id(), true, item.transfer().provenance()))
                .toList());
    }
}
