package org.flowtrace.graph.transfer;

import static org.flowtrace.graph.provenance.ProvenanceClause.append;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.model.AccountRef;
import org.flowtrace.graph.model.Asset;
import org.flowtrace.graph.model.Endpoint;
import org.flowtrace.graph.model.EndpointLabel;
import org.flowtrace.graph.model.Transfer;
import org.flowtrace.graph.model.WalletRef;
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

    private static final String TRANSFERS = """
            UNWIND $rows AS row
            MERGE (a:%1$s {key: row.fromKey})
            ON CREATE SET a += row.fromProps
            %3$s
            MERGE (b:%2$s {key: row.toKey})
            ON CREATE SET b += row.toProps
            %4$s
            MERGE (a)-[t:TRANSFER {id: row.id}]->(b)
            ON CREATE SET t += row.props
            %5$s
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
     * beside them (e.g. the report that states them) commit together.
     */
    public static void write(TransactionContext tx, List<Transfer> transfers) {
        if (transfers.isEmpty()) {
            return;
        }
        var assets = new LinkedHashMap<String, Map<String, Object>>();
        var byShape = new HashMap<String, List<Map<String, Object>>>();
        for (var transfer : transfers) {
            assets.putIfAbsent(transfer.amount().asset().code(), assetRow(transfer));
            var shape = query(transfer.from().label(), transfer.to().label());
            byShape.computeIfAbsent(shape, k -> new ArrayList<>()).add(transferRow(transfer));
        }
        run(tx, ASSETS, List.copyOf(assets.values()));
        byShape.forEach((query, rows) -> run(tx, query, rows));
    }

    private static void run(TransactionContext tx, String query, List<Map<String, Object>> rows) {
        tx.run(query, Map.of("rows", rows)).consume();
    }

    private static String query(EndpointLabel from, EndpointLabel to) {
        return TRANSFERS.formatted(from.cypherLabel(), to.cypherLabel(), append("a"), append("b"), append("t"));
    }

    private static Map<String, Object> assetRow(Transfer transfer) {
        Asset asset = transfer.amount().asset();
        var props = new HashMap<String, Object>();
        props.put("symbol", asset.symbol());
        props.put("decimals", asset.decimals());
        props.put("kind", asset.kind().name());
        if (asset.chain() != null) {
            props.put("chain", asset.chain().name());
        }
        if (asset.contract() != null) {
            props.put("contract", asset.contract());
        }
        return Map.of(
                "code", asset.code(),
                "props", props,
                "prov", transfer.provenance().encoded(),
                "sha256", transfer.provenance().sourceSha256());
    }

    private static Map<String, Object> transferRow(Transfer transfer) {
        var props = new HashMap<String, Object>();
        props.put("amount", transfer.amount().canonical());
        props.put("asset", transfer.amount().asset().code());
        props.put("amountApprox", transfer.amount().amount().doubleValue());
        props.put("at", transfer.at().atOffset(ZoneOffset.UTC));
        props.put("rail", transfer.rail());
        if (transfer.reference() != null) {
            props.put("reference", transfer.reference());
        }
        var received = transfer.received();
        if (received != null) {
            props.put("received", received.canonical());
            props.put("receivedAsset", received.asset().code());
        }
        if (transfer.channel() != null) {
            props.put("channel", transfer.channel());
        }
        var usd = transfer.usd();
        if (usd != null) {
            props.put("usd", usd.usd().toPlainString());
            props.put("usdApprox", usd.usd().doubleValue());
            props.put("usdRate", usd.rate().toPlainString());
            props.put("usdRateSource", usd.rateSource());
            props.put("usdRateDate", usd.rateDate());
        }
        var row = new HashMap<String, Object>();
        row.put("id", transfer.id());
        row.put("fromKey", transfer.from().key());
        row.put("fromProps", endpointProps(transfer.from()));
        row.put("toKey", transfer.to().key());
        row.put("toProps", endpointProps(transfer.to()));
        row.put("props", props);
        row.put("prov", transfer.provenance().encoded());
        row.put("sha256", transfer.provenance().sourceSha256());
        return row;
    }

    private static Map<String, Object> endpointProps(Endpoint endpoint) {
        return switch (endpoint) {
            case AccountRef account -> Map.of("institution", account.institution(), "number", account.number());
            case WalletRef wallet ->
                Map.of("chain", wallet.chain().name(), "address", wallet.address(), "written", wallet.written());
        };
    }
}
