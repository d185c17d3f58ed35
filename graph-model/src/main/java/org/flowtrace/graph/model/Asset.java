package org.flowtrace.graph.model;

import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What an amount is counted in: an ISO 4217 currency, a chain's native coin, or a token.
 *
 * <p>{@code decimals} is the number of fractional digits the asset can express (USD 2, JPY 0, USDT 6,
 * ETH 18); {@link Money} rejects amounts finer than that. {@code code} is the key of the asset in
 * the graph: the ISO code for fiat, {@code CHAIN:SYMBOL} for coins, and {@code CHAIN:contract} for
 * tokens, so two tokens that share a symbol never collide.
 */
public record Asset(
        String code,
        String symbol,
        int decimals,
        AssetKind kind,
        @Nullable Chain chain,
        @Nullable String contract) {

    public static final Asset USD = currency("USD");
    public static final Asset ETH = nativeCoin(Chain.ETHEREUM, "ETH", 18);
    public static final Asset TRX = nativeCoin(Chain.TRON, "TRX", 6);

    public Asset {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(kind, "kind");
        if (decimals < 0 || decimals > 77) {
            throw new IllegalArgumentException("decimals out of range 0..77: " + decimals);
        }
        if (kind != AssetKind.FIAT && chain == null) {
            throw new IllegalArgumentException("a coin or token needs its chain: " + code);
        }
        if (kind == AssetKind.TOKEN && contract == null) {
            throw new IllegalArgumentException("a token needs its contract address: " + code);
        }
    }

    /** An ISO 4217 currency with its standard minor units; unknown codes are rejected. */
    public static Asset currency(String isoCode) {
        var upper = isoCode.strip().toUpperCase(Locale.ROOT);
        Currency currency;
        try {
            currency = Currency.getInstance(upper);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown ISO 4217 currency: " + isoCode, e);
        }
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        return new Asset(upper, upper, digits, AssetKind.FIAT, null, null);
    }

    public static Asset nativeCoin(Chain chain, String symbol, int decimals) {
        return new Asset(chain.name() + ":" + symbol, symbol, decimals, AssetKind.NATIVE_COIN, chain, null);
    }

    public static Asset token(Chain chain, String contract, String symbol, int decimals) {
        var normalised = chain.normalise(contract);
        return new Asset(chain.name() + ":" + normalised, symbol, decimals, AssetKind.TOKEN, chain, normalised);
    }
}
