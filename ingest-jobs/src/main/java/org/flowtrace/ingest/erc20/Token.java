package org.flowtrace.ingest.erc20;

import java.util.Objects;
import org.flowtrace.graph.model.Asset;
import org.flowtrace.graph.model.Chain;

/**
 * A token contract with the symbol and decimals its amounts are counted in.
 *
 * @param contract the contract address as the chain keys it (lower-case hex on Ethereum, base58check
 *     on TRON)
 * @param decimals what the contract's {@code decimals()} returns: a raw value is divided by 10^decimals
 * @param origin where the decimals come from: {@code registry} or the export file that stated them
 * @param usdPegged whether the token is a USD stablecoin, valued at par (rate source
 *     {@code stablecoin-par}); only the shipped registry says so
 */
public record Token(Chain chain, String contract, String symbol, int decimals, String origin, boolean usdPegged) {

    /** A token that is not a USD stablecoin, or not known to be one. */
    public Token(Chain chain, String contract, String symbol, int decimals, String origin) {
        this(chain, contract, symbol, decimals, origin, false);
    }

    public Token {
        Objects.requireNonNull(chain, "chain");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(origin, "origin");
        contract = chain.normalise(contract);
        if (decimals < 0 || decimals > 77) {
            throw new IllegalArgumentException("token decimals out of range 0..77: " + decimals);
        }
    }

    public Asset asset() {
        return Asset.token(chain, contract, symbol, decimals);
    }
}
