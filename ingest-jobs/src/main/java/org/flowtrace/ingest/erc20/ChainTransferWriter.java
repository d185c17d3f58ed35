package org.flowtrace.ingest.erc20;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.transfer.TransferWriter;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes a chunk of on-chain transfers: the transfers with their wallets and assets through
 * {@link TransferWriter}, then their chain coordinates ({@code block}, {@code txHash},
 * {@code logIndex}, {@code txStatus}) on each {@code TRANSFER} and the hex spelling of TRON wallets
 * ({@code hex}). Both steps are keyed on constrained ids and set the same values on a re-run, so a
 * retried chunk or a second load changes nothing.
 */
public final class ChainTransferWriter implements ItemWriter<ChainTransfer> {

    private static final String COORDINATES = """
            UNWIND $rows AS row
            MATCH ()-[t:TRANSFER {id: row.id}]->()
            SET t.block = row.block, t.txHash = row.txHash, t.logIndex = row.logIndex, t.txStatus = row.txStatus
            """;

    private static final String WALLET_HEX = """
            UNWIND $rows AS row
            MATCH (w:Wallet {key: row.key})
            SET w.hex = row.hex
            """;

    private final GraphConnection graph;
    private final TransferWriter transfers;

    public ChainTransferWriter(GraphConnection graph) {
        this.graph = graph;
        this.transfers = new TransferWriter(graph);
    }

    @Override
    public void write(Chunk<? extends ChainTransfer> chunk) {
        var items = chunk.getItems();
        if (items.isEmpty()) {
            return;
        }
        transfers.write(items.stream().map(ChainTransfer::transfer).toList());
        var coordinates = new ArrayList<Map<String, Object>>(items.size());
        var hex = new LinkedHashMap<String, String>();
        for (var item : items) {
            var row = new HashMap<String, Object>();
            row.put("id", item.transfer().id());
            row.put("block", item.block());
            row.put("txHash", item.txHash());
            row.put("logIndex", item.logIndex());
            row.put("txStatus", item.txStatus());
            coordinates.add(row);
            hex.putAll(item.walletHex());
        }
        List<Map<String, Object>> hexRows = hex.entrySet().stream()
                .map(entry -> Map.<String, Object>of("key", entry.getKey(), "hex", entry.getValue()))
                .toList();
        try (var session = graph.driver().session(graph.sessionConfig())) {
            session.executeWriteWithoutResult(tx -> {
                tx.run(COORDINATES, Map.of("rows", coordinates)).consume();
                if (!hexRows.isEmpty()) {
                    tx.run(WALLET_HEX, Map.of("rows", hexRows)).consume();
                }
            });
        }
    }
}
