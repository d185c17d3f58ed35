package org.flowtrace.ingest.fxrates;

import java.util.ArrayDeque;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.fx.UnvaluedTransfer;
import org.flowtrace.graph.fx.UsdValueWriter;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.support.AbstractItemStreamItemReader;

/**
 * Pages through the transfers of the graph that have no USD value, in id order, a page per chunk
 * (keyset paging: each page starts after the last id handed out, so values written in between do not
 * shift it). Restartable: the last id handed out is saved under {@code fx-rates-transfers.after}.
 */
final class UnvaluedTransferItemReader extends AbstractItemStreamItemReader<UnvaluedTransfer> {

    private static final String AFTER = "after";

    private final UsdValueWriter transfers;
    private final int pageSize;
    private final ArrayDeque<UnvaluedTransfer> page = new ArrayDeque<>();
    private String after = "";
    private boolean exhausted;

    UnvaluedTransferItemReader(GraphConnection graph, int pageSize) {
        this.transfers = new UsdValueWriter(graph);
        this.pageSize = pageSize;
        setName("fx-rates-transfers");
    }

    @Override
    public void open(ExecutionContext context) {
        after = context.containsKey(getExecutionContextKey(AFTER))
                ? context.getString(getExecutionContextKey(AFTER))
                : "";
        page.clear();
        exhausted = false;
    }

    @Override
    public @Nullable UnvaluedTransfer read() {
        if (page.isEmpty() && !exhausted) {
            var next = transfers.unvalued(after, pageSize);
            page.addAll(next);
            exhausted = next.size() < pageSize;
        }
        var transfer = page.poll();
        if (transfer != null) {
            after = transfer.id();
        }
        return transfer;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putString(getExecutionContextKey(AFTER), after);
    }
}
