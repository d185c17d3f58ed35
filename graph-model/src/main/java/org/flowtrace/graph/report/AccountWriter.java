package org.flowtrace.graph.report;

import static org.flowtrace.graph.provenance.ProvenanceClause.append;
import static org.flowtrace.graph.report.Rows.addToList;
import static org.flowtrace.graph.report.Rows.fillMissing;
import static org.flowtrace.graph.report.Rows.provenance;
import static org.flowtrace.graph.report.Rows.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowtrace.graph.report.ReportGraph.AccountNode;
import org.flowtrace.graph.report.ReportGraph.Holding;
import org.neo4j.driver.TransactionContext;

/**
 * Writes accounts with their details (merged on the account key the transfer writer uses, so details
 * and transfers meet at one node) and the {@code HOLDS} links from parties to accounts, the party merged
 * by its key (a source may name a holder before the holder's own record is written; that record then
 * fills the same node).
 */
public final class AccountWriter {

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

    private AccountWriter() {}

    public static void writeAccounts(TransactionContext tx, List<AccountNode> accounts) {
        var rows = new ArrayList<Map<String, Object>>();
        for (var account : accounts) {
            var row = new HashMap<String, Object>();
            row.put("key", account.account().key());
            row.put("institution", account.account().institution());
            row.put("number", account.account().number());
            row.put("props", account.properties());
            provenance(row, account.provenance());
            rows.add(row);
        }
        run(tx, ACCOUNTS, rows);
    }

    public static void writeHoldings(TransactionContext tx, List<Holding> holdings) {
        var rows = new ArrayList<Map<String, Object>>();
        for (var holding : holdings) {
            var row = new HashMap<String, Object>();
            row.put("party", holding.partyKey());
            row.put("account", holding.accountKey());
            row.put("role", holding.role());
            provenance(row, holding.provenance());
            rows.add(row);
        }
        run(tx, HOLDINGS, rows);
    }
}
