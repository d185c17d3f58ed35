package org.flowtrace.samples.generator;

import java.util.HexFormat;
import java.util.SplittableRandom;
import org.flowtrace.graph.model.Chain;

/**
 * A generated wallet on TRON or Ethereum: twenty bytes drawn from the seeded stream, spelt as the chain
 * spells them — base58check of {@code 0x41} and the twenty bytes ({@code T…}) on TRON, lower-case
 * {@code 0x…} hex on Ethereum.
 *
 * @param chain its chain
 * @param address the address as flowtrace keys it ({@code T…} or {@code 0x…} in lower case)
 * @param evmHex the twenty bytes as {@code 0x…} hex, as TRON events and Ethereum exports write them
 */
record ChainWallet(Chain chain, String address, String evmHex) {

    private static final HexFormat HEX = HexFormat.of();

    /** A wallet of twenty random bytes. */
    static ChainWallet draw(Chain chain, SplittableRandom random) {
        var bytes = new byte[20];
        random.nextBytes(bytes);
        return of(chain, bytes);
    }

    static ChainWallet of(Chain chain, byte[] twentyBytes) {
        var hex = "0x" + HEX.formatHex(twentyBytes);
        return switch (chain) {
            case TRON -> {
                var payload = new byte[21];
                payload[0] = 0x41;
                System.arraycopy(twentyBytes, 0, payload, 1, 20);
                yield new ChainWallet(chain, Base58Check.encode(payload), hex);
            }
            case ETHEREUM -> new ChainWallet(chain, hex, hex);
            default -> throw new IllegalArgumentException("no wallets generated on " + chain);
        };
    }

    /** The key flowtrace stores the wallet under ({@code TRON:T…}, {@code ETHEREUM:0x…}). */
    String key() {
        return chain.name() + ":" + address;
    }
}
