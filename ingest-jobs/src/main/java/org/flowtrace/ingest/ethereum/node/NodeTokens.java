package org.flowtrace.ingest.ethereum.node;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.flowtrace.ingest.ethereum.EvmFacts;
import org.flowtrace.ingest.ethereum.EvmFolderIndex;

/**
 * The token decimals a node stated through {@code decimals()} and {@code symbol()} calls, one call per
 * contract and run (a contract whose {@code decimals()} reverted or returned nothing is remembered as
 * such: its transfers are rejected, never given guessed decimals). Block times and receipt statuses
 * are on the node's records already, so none are looked up here.
 */
final class NodeTokens implements EvmFacts {

    private final Map<String, Optional<EvmFolderIndex.TokenFacts>> tokens = new ConcurrentHashMap<>();

    boolean knows(String contract) {
        return tokens.containsKey(contract.toLowerCase(Locale.ROOT));
    }

    void learn(String contract, Optional<EvmFolderIndex.TokenFacts> facts) {
        tokens.put(contract.toLowerCase(Locale.ROOT), facts);
    }

    @Override
    public Optional<Instant> blockTime(long block) {
        return Optional.empty();
    }

    @Override
    public Optional<EvmFolderIndex.Receipt> receipt(String txHash) {
        return Optional.empty();
    }

    @Override
    public Optional<EvmFolderIndex.TokenFacts> token(String contract) {
        return tokens.getOrDefault(contract.toLowerCase(Locale.ROOT), Optional.empty());
    }

    @Override
    public String missingDecimals() {
        return "its decimals() call returned no number";
    }
}
