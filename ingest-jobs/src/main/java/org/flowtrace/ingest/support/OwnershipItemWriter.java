package org.flowtrace.ingest.support;

import java.util.ArrayList;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.model.Transfer;
import org.flowtrace.graph.ownership.OwnershipGraph;
import org.flowtrace.graph.ownership.OwnershipGraphWriter;
import org.flowtrace.graph.report.ReportGraph.AccountNode;
import org.flowtrace.graph.report.ReportGraph.Holding;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes the graphs of a chunk's records (ownership registers, entity datasets, watchlists) in one
 * transaction through graph-model's {@link OwnershipGraphWriter}, then the accounts, holdings and
 * transfers the records name in a second ({@link AccountGraphWriter}). Idempotent: writing a chunk
 * again, or after a failure between the two transactions, changes nothing.
 */
public final class OwnershipItemWriter implements ItemWriter<GraphFragment> {

    private final OwnershipGraphWriter writer;
    private final AccountGraphWriter accounts;

    public OwnershipItemWriter(GraphConnection graph) {
        this.writer = new OwnershipGraphWriter(graph);
        this.accounts = new AccountGraphWriter(graph);
    }

    @Override
    public void write(Chunk<? extends GraphFragment> chunk) {
        var graphs = new ArrayList<OwnershipGraph>(chunk.size());
        var accountNodes = new ArrayList<AccountNode>();
        var holdings = new ArrayList<Holding>();
        var transfers = new ArrayList<Transfer>();
        for (var fragment : chunk.getItems()) {
            graphs.add(fragment.graph());
            accountNodes.addAll(fragment.accounts());
            holdings.addAll(fragment.holdings());
            transfers.addAll(fragment.transfers());
        }
        writer.write(OwnershipGraph.merge(graphs));
        accounts.write(accountNodes, holdings, transfers);
    }
}
