package org.flowtrace.graph.report;

import static org.flowtrace.graph.provenance.ProvenanceClause.append;
import static org.flowtrace.graph.report.Rows.addToList;
import static org.flowtrace.graph.report.Rows.fillMissing;
import static org.flowtrace.graph.report.Rows.provenance;
import static org.flowtrace.graph.report.Rows.run;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowtrace.graph.report.ReportGraph.AddressLink;
import org.flowtrace.graph.report.ReportGraph.IdentifierLink;
import org.flowtrace.graph.report.ReportGraph.PartyNode;
import org.neo4j.driver.TransactionContext;

/**
 * Writes parties ({@code :Party:Person} or {@code :Party:Organisation}, merged on {@code key}) and their
 * {@code :Identifier} and {@code :Address} nodes (merged on their normalised keys, so that two parties
 * sharing a passport or a phone number meet at one node).
 */
public final class PartyWriter {

    private static final String PARTIES = """
            UNWIND $rows AS row
            MERGE (p:Party {key: row.key})
            SET p:%s
            """;

    private static final String IDENTIFIERS = """
            UNWIND $rows AS row
            MATCH (p:Party {key: row.party})
            MERGE (i:Identifier {key: row.key})
            %s
            %s
            MERGE (p)-[h:HAS_IDENTIFIER]->(i)
            %s
            """.formatted(fillMissing("i", "props"), append("i"), append("h"));

    private static final String ADDRESSES =
            """
            UNWIND $rows AS row
            MATCH (p:Party {key: row.party})
            MERGE (a:Address {key: row.key})
            %s
            %s
            MERGE (p)-[h:HAS_ADDRESS]->(a)
            %s
            %s
            """.formatted(fillMissing("a", "props"), append("a"), addToList("h", "types", "type"), append("h"));

    private PartyWriter() {}

    static void writeParties(TransactionContext tx, List<PartyNode> parties) {
        var byKind = new EnumMap<PartyKind, List<Map<String, Object>>>(PartyKind.class);
        for (var party : parties) {
            var row = new HashMap<String, Object>();
            row.put("key", party.key());
            row.put("props", party.properties());
            provenance(row, party.provenance());
            byKind.computeIfAbsent(party.kind(), k -> new ArrayList<>()).add(row);
        }
        byKind.forEach((kind, rows) ->
                run(tx, PARTIES.formatted(kind.cypherLabel()) + fillMissing("p", "props") + "\n" + append("p"), rows));
    }

    public static void writeIdentifiers(TransactionContext tx, List<IdentifierLink> identifiers) {
        var rows = new ArrayList<Map<String, Object>>();
        for (var identifier : identifiers) {
            var row = new HashMap<String, Object>();
            row.put("party", identifier.partyKey());
            row.put("key", identifier.key());
            row.put("props", identifier.properties());
            provenance(row, identifier.provenance());
            rows.add(row);
        }
        run(tx, IDENTIFIERS, rows);
    }

    public static void writeAddresses(TransactionContext tx, List<AddressLink> addresses) {
        var rows = new ArrayList<Map<String, Object>>();
        for (var address : addresses) {
            var row = new HashMap<String, Object>();
            row.put("party", address.partyKey());
            row.put("key", address.key());
            row.put("props", address.properties());
            row.put("type", address.type());
            provenance(row, address.provenance());
            rows.add(row);
        }
        run(tx, ADDRESSES, rows);
    }
}
