package org.flowtrace.graph.model;

import java.util.Locale;

/** A blockchain whose transfers flowtrace stores; wallet keys are chain-qualified. */
public enum Chain {
    ETHEREUM(true),
    TRON(false),
    BITCOIN(false);

    private final boolean caseInsensitiveAddresses;

    Chain(boolean caseInsensitiveAddresses) {
        this.caseInsensitiveAddresses = caseInsensitiveAddresses;
    }

    /**
     * The address as it is keyed in the graph: EVM addresses are hex and compared case-insensitively
     * (the EIP-55 checksum is only a spelling), so they are lower-cased; base58 addresses are
     * case-sensitive and kept as written.
     */
    public String normalise(String address) {
        var trimmed = address.strip();
        return caseInsensitiveAddresses ? trimmed.toLowerCase(Locale.ROOT) : trimmed;
    }

    /** Parses a chain name case-insensitively ({@code eth}, {@code ethereum}, {@code trx}, {@code tron}). */
    public static Chain parse(String name) {
        return switch (name.strip().toUpperCase(Locale.ROOT)) {
            case "ETH", "ETHEREUM" -> ETHEREUM;
            case "TRX", "TRON" -> TRON;
            case "BTC", "XBT", "BITCOIN" -> BITCOIN;
            default -> throw new IllegalArgumentException("unknown chain: " + name);
        };
    }
}
