package org.flowtrace.ingest.ethereum;

import java.time.Instant;
import java.util.Optional;

/**
 * What the processors look up beside a record: block timestamps, receipt outcomes and token decimals.
 * An export folder states them in its other files ({@link EvmFolderIndex}); a live node answers them
 * as it is read (its reader puts timestamps and statuses on the records and learns token decimals from
 * {@code decimals()} calls).
 */
public interface EvmFacts {

    Optional<Instant> blockTime(long block);

    Optional<EvmFolderIndex.Receipt> receipt(String txHash);

    Optional<EvmFolderIndex.TokenFacts> token(String contract);

    /** Why a token outside the registry has no decimals here, for the reject reason. */
    default String missingDecimals() {
        return "no decimals export in the folder states them";
    }
}
