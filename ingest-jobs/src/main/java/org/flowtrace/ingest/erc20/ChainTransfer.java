package org.flowtrace.ingest.erc20;

import java.util.Map;
import java.util.Objects;
import org.flowtrace.graph.model.Transfer;
import org.flowtrace.ingest.support.Locatable;
import org.jspecify.annotations.Nullable;

/**
 * An on-chain transfer as loaded: the transfer, and where it is on chain.
 *
 * @param block the block number, absent when the source does not state it (TronGrid's account history)
 * @param txHash the transaction hash as the chain's explorers write it
 * @param logIndex the log (event) index for a token transfer, absent for a coin transfer
 * @param txStatus {@code success}, or {@code unknown} when the source states no receipt status
 *     (pre-Byzantium receipts, block files without receipts)
 * @param walletHex hex spellings of base58 wallet keys ({@code TRON:T…} to {@code 41…}), stored beside
 */
public record ChainTransfer(
        Transfer transfer,
        @Nullable Long block,
        String txHash,
        @Nullable Long logIndex,
        String txStatus,
        Map<String, String> walletHex)
        implements Locatable {

    public ChainTransfer {
        Objects.requireNonNull(transfer, "transfer");
        Objects.requireNonNull(txHash, "txHash");
        Objects.requireNonNull(txStatus, "txStatus");
        walletHex = Map.copyOf(walletHex);
    }

    @Override
    public String locator() {
        return transfer.provenance().locator();
    }
}
