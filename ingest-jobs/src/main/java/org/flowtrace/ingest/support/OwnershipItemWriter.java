package org.flowtrace.ingest.support;

import java.util.ArrayList;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.ownership.OwnershipGraph;
import org.flowtrace.graph.ownership.OwnershipGraphWriter;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes the graphs of a chunk's records (ownership registers, entity datasets, watchlists) in one
 * transaction through graph-model's {@link OwnershipGraphWriter}. Idempotent: writing a chunk again
 * changes nothing.
 */
public final class OwnershipItemWriter implements ItemWriter<GraphFragment> {

    private final OwnershipGraphWriter writer;

    public OwnershipItemWriter(GraphConnection graph) {
        this.writer = new OwnershipGraphWriter(graph);
    }

    @Override
    public void write(Chunk<? extends GraphFragment> chunk) {
        var graphs = new ArrayList<OwnershipGraph>(chunk.size());
        for (var fragment : chunk.getItems()) {
            graphs.add(fragment.graph());
        }
        writer.write(OwnershipGraph.merge(graphs));
    }
}
