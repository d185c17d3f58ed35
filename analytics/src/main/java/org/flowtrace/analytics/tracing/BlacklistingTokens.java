package org.flowtrace.analytics.tracing;

import java.util.Map;
import java.util.Optional;

/**
 * Token contracts whose issuer can freeze (blacklist) an address's balance: USDT (Tether) and USDC
 * (Circle) on Ethereum and TRON, keyed by the asset code transfers carry. Source: the contracts'
 * published code ({@code addBlackList} in Tether's TetherToken, {@code blacklist} in Circle's FiatToken).
 */
final class BlacklistingTokens {

    private static final Map<String, String> ISSUERS = Map.of(
            "TRON:TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t", "Tether (USDT on TRON)",
            "ETHEREUM:0xdac17f958d2ee523a2206206994597c13d831ec7", "Tether (USDT on Ethereum)",
            "TRON:TEkxiTehnzSmSe2XqrBj4w32RUN966rdz8", "Circle (USDC on TRON)",
            "ETHEREUM:0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48", "Circle (USDC on Ethereum)");

    private BlacklistingTokens() {}

    static Optional<String> issuer(String assetCode) {
        return Optional.ofNullable(ISSUERS.get(assetCode));
    }
}
