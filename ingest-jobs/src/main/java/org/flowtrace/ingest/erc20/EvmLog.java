package org.flowtrace.ingest.erc20;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A validated event log: lower-case hex throughout, numbers parsed.
 *
 * @param address the emitting contract, {@code 0x} + 40 hex digits
 * @param topics the topics, each {@code 0x} + 64 hex digits; empty for an anonymous event
 * @param data the non-indexed data, {@code 0x} + an even number of hex digits
 * @param blockTimestamp when the block was sealed, if known from the log's own source
 */
public record EvmLog(
        String address,
        List<String> topics,
        String data,
        long blockNumber,
        @Nullable String blockHash,
        @Nullable Instant blockTimestamp,
        String transactionHash,
        long logIndex) {

    public EvmLog {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(transactionHash, "transactionHash");
        topics = List.copyOf(topics);
    }

    /** {@code block N tx H log I}: where the log is on chain, and so in any export of it. */
    public String locator() {
        return "block " + blockNumber + " tx " + transactionHash + " log " + logIndex;
    }

    /** The same log with the block timestamp learned from elsewhere (the block itself). */
    public EvmLog withBlockTimestamp(Instant timestamp) {
        return new EvmLog(address, topics, data, blockNumber, blockHash, timestamp, transactionHash, logIndex);
    }
}
