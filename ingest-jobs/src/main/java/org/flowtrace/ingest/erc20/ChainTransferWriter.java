package org.flowtrace.ingest.erc20;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.transfer.TransferWriter;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes a chunk of on-chain transfers: the transfers with their wallets and assets, and their chain
 * coordinates ({@code block}, {@code txHash}, {@code logIndex}, {@code txStatus}) on each
 * {@code TRANSFER}, through {@link TransferWriter} in one transaction; then the hex spelling of TRON
 * wallets ({@code hex}). Both steps are keyed on constrained ids and set the same values on a re-run, so a
 * retried chunk or a second load changes nothing.
 */
public final class ChainTransferWriter implements ItemWriter<ChainTransfer> {

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
        var coordinates = new HashMap<String, Map<String, Object>>();
        var hex = new LinkedHashMap<String, String>();
        for (var item : items) {
            var row = new HashMap<String, Object>();
            row.put("block", item.block());
            row.put("txHash", item.txHash());
            row.put("logIndex", item.logIndex());
            row.put("txStatus", item.txStatus());
            coordinates.put(item.transfer().id(), row);
            hex.putAll(item.walletHex());
        }
        transfers.write(items.stream().map(ChainTransfer::transfer).toList(), coordinates);
        if (hex.isEmpty()) {
            return;
        }
        List<Map<String, Object>> hexRows = hex.entrySet().stream()
                .map(entry -> Map.<String, Object>of("key", entry.getKey(), "hex", entry.getValue()))
                .toList();
        try (var session = graph.driver().session(graph.sessionConfig())) {
            session.executeWriteWithoutResult(
                    tx -> tx.run(WALLET_HEX, Map.of("rows", hexRows)).consume());
        }
    }
}
