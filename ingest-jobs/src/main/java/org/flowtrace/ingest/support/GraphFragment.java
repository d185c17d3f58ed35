package org.flowtrace.ingest.support;

import java.util.List;
import java.util.Objects;
import org.flowtrace.graph.model.Transfer;
import org.flowtrace.graph.ownership.OwnershipGraph;
import org.flowtrace.graph.report.ReportGraph.AccountNode;
import org.flowtrace.graph.report.ReportGraph.Holding;

/**
 * What one source record states, as an {@link OwnershipGraph} and, for records that name bank
 * accounts (a FollowTheMoney {@code BankAccount} or {@code Payment}), the accounts with their details,
 * who holds them and the transfers between them; with where the record is (for a reject in the write
 * phase).
 */
public record GraphFragment(
        String locator,
        OwnershipGraph graph,
        List<AccountNode> accounts,
        List<Holding> holdings,
        List<Transfer> transfers)
        implements Locatable {

    public GraphFragment {
        Objects.requireNonNull(locator, "locator");
        Objects.requireNonNull(graph, "graph");
        accounts = List.copyOf(accounts);
        holdings = List.copyOf(holdings);
        transfers = List.copyOf(transfers);
    }

    /** A record that states no accounts. */
    public GraphFragment(String locator, OwnershipGraph graph) {
        this(locator, graph, List.of(), List.of(), List.of());
    }
}
