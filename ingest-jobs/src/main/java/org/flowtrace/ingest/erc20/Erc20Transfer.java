package org.flowtrace.ingest.erc20;

import java.math.BigInteger;

/**
 * An ERC-20 {@code Transfer(address from, address to, uint256 value)} decoded from its log.
 *
 * @param log the log it was decoded from; its address is the token contract
 * @param from the payer, lower-case {@code 0x} + 40 hex digits ({@code 0x0…0} for a mint)
 * @param to the payee ({@code 0x0…0} for a burn)
 * @param value the amount in the token's base units, exact
 */
public record Erc20Transfer(EvmLog log, String from, String to, BigInteger value) implements TokenTransferLog {

    /** The token contract. */
    public String contract() {
        return log.address();
    }
}
