package org.flowtrace.graph.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.model.AccountRef;
import org.flowtrace.graph.model.Transfer;
import org.flowtrace.graph.transfer.TransferProperties;
import org.flowtrace.graph.transfer.TransferWriter;

/**
 * Writes a {@link ReportGraph} in one transaction (retried by the driver on transient failures): one
 * {@code UNWIND} statement per kind of fact, never one per report. Accounts and parties come first,
 * then the links between them, the transfers, and last the reports with their links, so every
 * {@code MATCH} finds what the same batch merged. Writing the same graph again changes nothing.
 *
 * <p>An account is written once per batch, and not again once this writer has committed it with the
 * same source and properties (see {@link WrittenAccounts}): a file of many reports names the same
 * accounts over and over. A writer is meant for one run; it is not thread-safe.
 */
public final class ReportGraphWriter {

    private final GraphConnection graph;
    private final WrittenAccounts writtenAccounts = new WrittenAccounts();

    public ReportGraphWriter(GraphConnection graph) {
        this.graph = graph;
    }

    public void write(ReportGraph batch) {
        var accounts = writtenAccounts.toWrite(batch.accounts());
        var merged = new HashSet<String>();
        batch.accounts().forEach(account -> merged.add(account.account().key()));
        var stated = ReportWriter.stated(batch.transferDetails());
        var onCreate = new HashMap<String, Map<String, Object>>();
        stated.forEach((id, transfer) -> onCreate.put(id, transfer.onCreate()));
        try (var session = graph.driver().session(graph.sessionConfig())) {
            session.executeWriteWithoutResult(tx -> {
                AccountWriter.writeAccounts(tx, accounts);
                PartyWriter.writeParties(tx, batch.parties());
                AccountWriter.writeHoldings(tx, batch.holdings());
                PartyWriter.writeIdentifiers(tx, batch.identifiers());
                PartyWriter.writeAddresses(tx, batch.addresses());
                var created = TransferWriter.create(
                        tx,
                        batch.transfers(),
                        onCreate,
                        endpoint -> endpoint instanceof AccountRef && merged.contains(endpoint.key()));
                var stored = new ArrayList<>(stated.values());
                stored.removeIf(transfer -> created.contains(transfer.id()));
                if (!stored.isEmpty()) {
                    ReportWriter.writeTransferDetails(tx, stored, transferKeys(batch.transfers()));
                }
                ReportWriter.writeReports(tx, batch.reports());
                ReportWriter.writeMentions(tx, batch.mentions());
            });
        }
        writtenAccounts.committed(accounts);
    }

    /**
     * The property names the transfer writer sets on the batch's transfers: needed only for transfers
     * stored before the batch, so not built on a first load.
     */
    private static Set<String> transferKeys(List<Transfer> transfers) {
        var keys = new HashSet<>(Set.of("id", "prov"));
        for (var transfer : transfers) {
            keys.addAll(TransferProperties.relationship(transfer).keySet());
        }
        return keys;
    }
}
