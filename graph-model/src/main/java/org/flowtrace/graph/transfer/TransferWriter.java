package org.flowtrace.graph.transfer;

import static org.flowtrace.graph.provenance.ProvenanceClause.append;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.model.Endpoint;
import org.flowtrace.graph.model.EndpointLabel;
import org.flowtrace.graph.model.Transfer;
import org.neo4j.driver.TransactionContext;

/**
 * Writes a batch of transfers in one transaction: their assets, their endpoints (Account or Wallet
 * nodes, merged on key) and one {@code TRANSFER} relationship per transfer, merged on its id. Every
 * element gets its provenance entry. Writing the same batch again changes nothing.
 *
 * <p>Amounts are stored as exact canonical strings with their asset code; {@code amountApprox} and
 * {@code usdApprox} are doubles for ranking only.
 */
public final class TransferWriter {

    private static final String ASSETS = """
            UNWIND $rows AS row
            MERGE (asset:Asset {code: row.code})
            ON CREATE SET asset += row.props
            """ + append("asset");

    private static final String ENDPOINTS = """
            UNWIND $rows AS row
            MERGE (n:%1$s {key: row.key})
            ON CREATE SET n += row.props
            %2$s
            """;

    private static final String TRANSFERS = """
            UNWIND $rows AS row
            MATCH (a:%1$s {key: row.fromKey})
            MATCH (b:%2$s {key: row.toKey})
            MERGE (a)-[t:TRANSFER {id: row.id}]->(b)
            ON CREATE SET t += row.props
            %3$s
            """;

    private final GraphConnection graph;

    public TransferWriter(GraphConnection graph) {
        this.graph = graph;
    }

    /** Writes the batch in one transaction, retried by the driver on transient failures. */
    public void write(List<Transfer> transfers) {
        if (transfers.isEmpty()) {
            return;
        }
        try (var session = graph.driver().session(graph.sessionConfig())) {
            session.executeWriteWithoutResult(tx -> write(tx, transfers));
        }
    }

    /**
     * Writes the batch inside a transaction the caller manages, so that transfers and the facts written
     * beside them (e.g. the report that states them) commit together. Assets and endpoints are written
     * first, each with the provenance of the first transfer of the batch that names it, so a node's
     * provenance is the first record of its source in file order.
     */
    public static void write(TransactionContext tx, List<Transfer> transfers) {
        if (transfers.isEmpty()) {
            return;
        }
        var assets = new LinkedHashMap<String, Map<String, Object>>();
        var endpoints = new EnumMap<EndpointLabel, Map<String, Map<String, Object>>>(EndpointLabel.class);
        var byShape = new LinkedHashMap<String, List<Map<String, Object>>>();
        for (var transfer : transfers) {
            assets.putIfAbsent(transfer.amount().asset().code(), assetRow(transfer));
            for (var endpoint : List.of(transfer.from(), transfer.to())) {
                endpoints
                        .computeIfAbsent(endpoint.label(), k -> new LinkedHashMap<>())
                        .putIfAbsent(endpoint.key(), endpointRow(endpoint, transfer));
            }
            var shape = TRANSFERS.formatted(
                    transfer.from().label().cypherLabel(), transfer.to().label().cypherLabel(), append("t"));
            byShape.computeIfAbsent(shape, k -> new ArrayList<>()).add(transferRow(transfer));
        }
        run(tx, ASSETS, List.copyOf(assets.values()));
        endpoints.forEach((label, rows) ->
                run(tx, ENDPOINTS.formatted(label.cypherLabel(), append("n")), List.copyOf(rows.values())));
        byShape.forEach((query, rows) -> run(tx, query, rows));
    }

    private static void run(TransactionContext tx, String query, List<Map<String, Object>> rows) {
        tx.run(query, Map.of("rows", rows)).consume();
    }

    private static Map<String, Object> endpointRow(Endpoint endpoint, Transfer transfer) {
        return Map.of(
                "key", endpoint.key(),
                "props", TransferProperties.endpoint(endpoint),
                "prov", transfer.provenance().encoded(),
                "sha256", transfer.provenance().sourceSha256());
    }

    private static Map<String, Object> assetRow(Transfer transfer) {
        return Map.of(
                "code", transfer.amount().asset().code(),
                "props", TransferProperties.asset(transfer.amount().asset()),
                "prov", transfer.provenance().encoded(),
                "sha256", transfer.provenance().sourceSha256());
    }

    private static Map<String, Object> transferRow(Transfer transfer) {
        var row = new HashMap<String, Object>();
        row.put("id", transfer.id());
        row.put("fromKey", transfer.from().key());
        row.put("toKey", transfer.to().key());
        row.put("props", TransferProperties.relationship(transfer));
        row.put("prov", transfer.provenance().encoded());
        row.put("sha256", transfer.provenance().sourceSha256());
        return row;
    }
}
