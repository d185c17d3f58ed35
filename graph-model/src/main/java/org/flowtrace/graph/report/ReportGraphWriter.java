package org.flowtrace.graph.report;

import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.transfer.TransferWriter;

/**
 * Writes a {@link ReportGraph} in one transaction (retried by the driver on transient failures): one
 * {@code UNWIND} statement per kind of fact, never one per report. Accounts and parties come first,
 * then the links between them, the transfers, and last the reports with their links, so every
 * {@code MATCH} finds what the same batch merged. Writing the same graph again changes nothing.
 */
public final class ReportGraphWriter {

    private final GraphConnection graph;

    public ReportGraphWriter(GraphConnection graph) {
        this.graph = graph;
    }

    public void write(ReportGraph batch) {
        try (var session = graph.driver().session(graph.sessionConfig())) {
            session.executeWriteWithoutResult(tx -> {
                AccountWriter.writeAccounts(tx, batch.accounts());
                PartyWriter.writeParties(tx, batch.parties());
                AccountWriter.writeHoldings(tx, batch.holdings());
                PartyWriter.writeIdentifiers(tx, batch.identifiers());
                PartyWriter.writeAddresses(tx, batch.addresses());
                TransferWriter.write(tx, batch.transfers());
                ReportWriter.writeTransferDetails(tx, batch.transferDetails());
                ReportWriter.writeReports(tx, batch.reports());
                ReportWriter.writeMentions(tx, batch.mentions());
            });
        }
    }
}
