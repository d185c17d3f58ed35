package org.flowtrace.ingest.erc20;

import java.math.BigInteger;
import org.web3j.utils.Numeric;

/**
 * How a source writes integers: JSON-RPC quantities are {@code 0x}-prefixed hex (and exceed 64 bits
 * for token values), ethereum-etl exports write plain decimal digits. A source never mixes the two, so
 * a quantity without its source's spelling is malformed rather than guessed.
 */
public enum Radix {
    HEX,
    DECIMAL;

    /**
     * Parses a non-negative integer in this radix.
     *
     * @throws NumberFormatException with a reason fit for a rejects file
     */
    public BigInteger parse(String text) {
        var trimmed = text.strip();
        return switch (this) {
            case HEX -> {
                if (!trimmed.matches("0[xX][0-9a-fA-F]+")) {
                    throw new NumberFormatException("not a 0x-hex quantity: '" + text + "'");
                }
                yield Numeric.toBigInt(trimmed);
            }
            case DECIMAL -> {
                if (!trimmed.matches("[0-9]+")) {
                    throw new NumberFormatException("not a decimal integer: '" + text + "'");
                }
                yield new BigInteger(trimmed);
            }
        };
    }

    /** Parses a quantity that must fit a {@code long} (block numbers, indexes, timestamps). */
    public long parseLong(String text) {
        var value = parse(text);
        if (value.bitLength() > 63) {
            throw new NumberFormatException("out of range: '" + text + "'");
        }
        return value.longValueExact();
    }
}
