package org.flowtrace.ingest.ethereum;

import org.flowtrace.ingest.erc20.Locators;
import org.flowtrace.ingest.erc20.Radix;
import org.jspecify.annotations.Nullable;

/**
 * A transaction as a source wrote it, before validation: the fields that say whether and how much
 * ether it moved.
 *
 * @param to the recipient; absent for a contract creation
 * @param blockTimestamp seconds since the epoch, when the source carries it with the transaction
 * @param status the receipt status ({@code 0x1}/{@code 1} success, {@code 0x0}/{@code 0} failed), when
 *     the source carries it
 * @param contractAddress the contract a creation made, when the source carries it
 */
public record RawTransaction(
        @Nullable String hash,
        @Nullable String from,
        @Nullable String to,
        @Nullable String value,
        @Nullable String blockNumber,
        @Nullable String blockTimestamp,
        @Nullable String status,
        @Nullable String contractAddress,
        Radix radix,
        String position) {

    /** {@code block N tx H}, or the position when neither reads. */
    public String locator() {
        return Locators.of(position, radix, blockNumber, hash, "log", null);
    }
}
