package org.flowtrace.graph.party;

import static org.flowtrace.graph.provenance.ProvenanceClause.append;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowtrace.graph.connection.GraphConnection;

/**
 * Writes parties and the accounts they hold in one transaction: {@code Party} and {@code Account}
 * nodes merged on their keys, one {@code HOLDS} relationship per pair, each with its provenance entry.
 * Properties are set when a node is created: the first source to name a party gives its name. Writing
 * the same batch again changes nothing.
 */
public final class PartyWriter {

    private static final String HOLDINGS = """
            UNWIND $rows AS row
            MERGE (p:Party {key: row.key})
            ON CREATE SET p += row.props
            %s
            MERGE (a:Account {key: row.accountKey})
            ON CREATE SET a += row.accountProps
            %s
            MERGE (p)-[h:HOLDS]->(a)
            %s
            """.formatted(append("p"), append("a"), append("h"));

    private final GraphConnection graph;

    public PartyWriter(GraphConnection graph) {
        this.graph = graph;
    }

    public void write(List<PartyHolding> holdings) {
        if (holdings.isEmpty()) {
            return;
        }
        var rows = holdings.stream().map(PartyWriter::row).toList();
        graph.query(HOLDINGS).withParameters(Map.of("rows", rows)).execute();
    }

    private static Map<String, Object> row(PartyHolding holding) {
        var props = new HashMap<String, Object>();
        props.put("name", holding.name());
        if (holding.kind() != null) {
            props.put("kind", holding.kind());
        }
        if (holding.country() != null) {
            props.put("country", holding.country());
        }
        if (!holding.identifiers().isEmpty()) {
            props.put("identifiers", holding.identifiers());
        }
        var account = holding.account();
        return Map.of(
                "key", holding.key(),
                "props", props,
                "accountKey", account.key(),
                "accountProps", Map.of("institution", account.institution(), "number", account.number()),
                "prov", holding.provenance().encoded(),
                "sha256", holding.provenance().sourceSha256());
    }
}
