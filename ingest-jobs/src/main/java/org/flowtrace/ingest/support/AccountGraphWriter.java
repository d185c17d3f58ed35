package org.flowtrace.ingest.support;

import static org.flowtrace.graph.provenance.ProvenanceClause.append;
import static org.flowtrace.graph.report.Rows.addToList;
import static org.flowtrace.graph.report.Rows.fillMissing;
import static org.flowtrace.graph.report.Rows.provenance;
import static org.flowtrace.graph.report.Rows.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.model.Transfer;
import org.flowtrace.graph.report.ReportGraph.AccountNode;
import org.flowtrace.graph.report.ReportGraph.Holding;
import org.flowtrace.graph.transfer.TransferWriter;

/**
 * Writes the accounts, holdings and transfers of a chunk's records in one transaction: accounts merged
 * on the key the transfer writer uses (details fill what the node lacks), {@code (party)-[:HOLDS
 * {roles}]->(account)} with the party merged by key (an entity dataset may name the holder before or
 * after the party itself), then the transfers through graph-model's {@link TransferWriter}. Every
 * element gets its provenance entry; writing the same chunk again changes nothing.
 */
final class AccountGraphWriter {

    private static final String ACCOUNTS = """
            UNWIND $rows AS row
            MERGE (a:Account {key: row.key})
            ON CREATE SET a.institution = row.institution, a.number = row.number
            %s
            %s
            """.formatted(fillMissing("a", "props"), append("a"));

    private static final String HOLDINGS = """
            UNWIND $rows AS row
            MERGE (p:Party {key: row.party})
            MERGE (a:Account {key: row.account})
            MERGE (p)-[h:HOLDS]->(a)
            %s
            %s
            """.formatted(addToList("h", "roles", "role"), append("h"));

    private final GraphConnection graph;

    AccountGraphWriter(GraphConnection graph) {
        this.graph = graph;
    }

    void write(List<AccountNode> accounts, List<Holding> holdings, List<Transfer> transfers) {
        if (accounts.isEmpty() && holdings.isEmpty() && transfers.isEmpty()) {
            return;
        }
        var accountRows = new ArrayList<Map<String, Object>>();
        for (var account : accounts) {
            var row = new HashMap<String, Object>();
            row.put("key", account.account().key());
            row.put("institution", account.account().institution());
            row.put("number", account.account().number());
            row.put("props", account.properties());
            provenance(row, account.provenance());
            accountRows.add(row);
        }
        var holdingRows = new ArrayList<Map<String, Object>>();
        for (var holding : holdings) {
            var row = new HashMap<String, Object>();
            row.put("party", holding.partyKey());
            row.put("account", holding.accountKey());
            row.put("role", holding.role());
            provenance(row, holding.provenance());
            holdingRows.add(row);
        }
        try (var session = graph.driver().session(graph.sessionConfig())) {
            session.executeWriteWithoutResult(tx -> {
                run(tx, ACCOUNTS, accountRows);
                TransferWriter.write(tx, transfers);
                run(tx, HOLDINGS, holdingRows);
            });
        }
    }
}
