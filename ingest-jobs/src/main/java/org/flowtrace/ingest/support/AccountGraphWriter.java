package org.flowtrace.ingest.support;

import java.util.List;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.model.Transfer;
import org.flowtrace.graph.report.AccountWriter;
import org.flowtrace.graph.report.ReportGraph.AccountNode;
import org.flowtrace.graph.report.ReportGraph.Holding;
import org.flowtrace.graph.transfer.TransferWriter;

/**
 * Writes the accounts, holdings and transfers of a chunk's records in one transaction, through
 * graph-model's {@link AccountWriter} (accounts merged on the key the transfer writer uses; holders
 * merged by key, since an entity dataset may name the holder before or after the party itself) and
 * {@link TransferWriter}. Every element gets its provenance entry; writing the same chunk again changes
 * nothing.
 */
final class AccountGraphWriter {

    private final GraphConnection graph;

    AccountGraphWriter(GraphConnection graph) {
        this.graph = graph;
    }

    void write(List<AccountNode> accounts, List<Holding> holdings, List<Transfer> transfers) {
        if (accounts.isEmpty() && holdings.isEmpty() && transfers.isEmpty()) {
            return;
        }
        try (var session = graph.driver().session(graph.sessionConfig())) {
            session.executeWriteWithoutResult(tx -> {
                AccountWriter.writeAccounts(tx, accounts);
                TransferWriter.write(tx, transfers);
                AccountWriter.writeHoldings(tx, holdings);
            });
        }
    }
}
