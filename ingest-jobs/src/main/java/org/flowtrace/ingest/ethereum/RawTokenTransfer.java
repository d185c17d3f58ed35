package org.flowtrace.ingest.ethereum;

import org.flowtrace.ingest.erc20.Locators;
import org.flowtrace.ingest.erc20.Radix;
import org.jspecify.annotations.Nullable;

/**
 * A token transfer that ethereum-etl already decoded ({@code token_transfers.csv} or a
 * {@code token_transfer} JSON line), before validation. Numbers are decimal.
 */
public record RawTokenTransfer(
        @Nullable String token,
        @Nullable String from,
        @Nullable String to,
        @Nullable String value,
        @Nullable String transactionHash,
        @Nullable String logIndex,
        @Nullable String blockNumber,
        @Nullable String blockTimestamp,
        String position) {

    /** {@code block N tx H log I}, or the position when none reads. */
    public String locator() {
        return Locators.of(position, Radix.DECIMAL, blockNumber, transactionHash, "log", logIndex);
    }
}
