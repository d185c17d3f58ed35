package org.flowtrace.ingest.erc20;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An event log as a source wrote it, before any validation: the JSON-RPC log object
 * ({@code eth_getLogs}, a receipt's {@code logs}) or an ethereum-etl logs row. Every field is the text
 * as written, absent when the source lacks it; {@link EvmLogDecoder} validates and converts.
 *
 * @param topics the topics, or {@code null} when the source has no topics field at all
 * @param blockTimestamp seconds since the epoch, when the source carries it (ethereum-etl, TRON's
 *     JSON-RPC {@code blockTimestamp}); otherwise the block's timestamp comes from elsewhere
 * @param removed whether the node flagged the log as removed by a chain reorganisation
 * @param radix how the source writes its integers
 * @param position where the log is in its source (e.g. {@code line 12}, {@code response 1 result[4]}),
 *     used as the locator when the log's own coordinates are unreadable
 */
public record RawLog(
        @Nullable String address,
        @Nullable List<String> topics,
        @Nullable String data,
        @Nullable String blockNumber,
        @Nullable String blockHash,
        @Nullable String blockTimestamp,
        @Nullable String transactionHash,
        @Nullable String logIndex,
        boolean removed,
        Radix radix,
        String position) {

    public RawLog {
        topics = topics == null ? null : java.util.Collections.unmodifiableList(new ArrayList<>(topics));
    }

    /**
     * {@code block N tx H log I} from whatever of these the log states readably (the block and log
     * number in decimal when they parse), or the position when it states none.
     */
    public String locator() {
        return Locators.of(position, radix, blockNumber, transactionHash, "log", logIndex);
    }
}
