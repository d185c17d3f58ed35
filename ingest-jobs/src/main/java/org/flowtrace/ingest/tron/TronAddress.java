package org.flowtrace.ingest.tron;

import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * A TRON account address: 21 bytes, a {@code 0x41} prefix and the 20-byte EVM address. Written as
 * base58check ({@code T…}, 34 characters: how wallets, TronGrid and explorers show it, and how
 * flowtrace keys it) or as hex, either with the prefix ({@code 41…}, TRON's HTTP API) or without it
 * ({@code 0x…}, TRON's Ethereum-compatible JSON-RPC and event topics).
 *
 * @param base58 the base58check spelling, {@code T…}
 * @param hex the 21-byte hex spelling, lower case, {@code 41…}
 */
public record TronAddress(String base58, String hex) {

    private static final byte PREFIX = 0x41;
    private static final HexFormat HEX = HexFormat.of();

    public TronAddress {
        Objects.requireNonNull(base58, "base58");
        Objects.requireNonNull(hex, "hex");
    }

    /**
     * Reads any spelling: {@code T…} base58check, {@code 41…} (42 hex digits) or {@code 0x…} (40 hex
     * digits, the EVM form).
     *
     * @throws IllegalArgumentException naming what is wrong with the text
     */
    public static TronAddress parse(String text) {
        var trimmed = text.strip();
        if (trimmed.matches("(0x|0X)[0-9a-fA-F]{40}")) {
            return fromBytes(bytes("41" + trimmed.substring(2)));
        }
        if (trimmed.matches("41[0-9a-fA-F]{40}")) {
            return fromBytes(bytes(trimmed));
        }
        if (trimmed.startsWith("T") || trimmed.length() == 34) {
            byte[] payload;
            try {
                payload = Base58Check.decode(trimmed);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("not a TRON address: " + e.getMessage(), e);
            }
            if (payload.length != 21 || payload[0] != PREFIX) {
                throw new IllegalArgumentException("not a TRON address: base58check payload is not 0x41 + 20 bytes");
            }
            return fromBytes(payload);
        }
        throw new IllegalArgumentException("not a TRON address: neither T… base58check, 41… hex nor 0x… hex");
    }

    /** Whether {@code text} is a valid TRON address in any spelling. */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The 20-byte EVM spelling, {@code 0x…}, as TRON's JSON-RPC writes it. */
    public String evmHex() {
        return "0x" + hex.substring(2);
    }

    @Override
    public String toString() {
        return base58;
    }

    private static TronAddress fromBytes(byte[] payload) {
        return new TronAddress(
                Base58Check.encode(payload), HEX.formatHex(payload).toLowerCase(Locale.ROOT));
    }

    private static byte[] bytes(String hex) {
        return HEX.parseHex(hex.toLowerCase(Locale.ROOT));
    }
}
