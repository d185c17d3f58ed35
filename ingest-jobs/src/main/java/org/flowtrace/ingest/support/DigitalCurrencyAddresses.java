package org.flowtrace.ingest.support;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.flowtrace.graph.model.Chain;
import org.flowtrace.graph.model.Provenance;
import org.flowtrace.graph.ownership.OwnershipGraph;
import org.flowtrace.graph.report.ReportGraph.IdentifierLink;
import org.jspecify.annotations.Nullable;

/**
 * Places a digital-currency address a list or dataset names (OFAC's {@code Digital Currency Address -
 * XBT}, a FollowTheMoney {@code CryptoWallet}'s currency, a designations file) on a chain flowtrace
 * stores: XBT/BTC → Bitcoin, ETH → Ethereum, TRX → TRON, and USDT/USDC by the address's shape (a
 * {@code T…} address on TRON, an {@code 0x} address on Ethereum). Addresses of other currencies (LTC,
 * XMR, BCH, DASH, ZEC, BSC, ARB …) are kept as {@code :Identifier} nodes
 * {@code CRYPTO:<CURRENCY>:<address>} on the party that holds them, so screening still finds them.
 */
public final class DigitalCurrencyAddresses {

    private DigitalCurrencyAddresses() {}

    /** The chain of a currency's address, or empty for a currency flowtrace keeps no wallets of. */
    public static Optional<Chain> chain(String currency, String address) {
        return switch (currency.strip().toUpperCase(Locale.ROOT)) {
            case "XBT", "BTC" -> Optional.of(Chain.BITCOIN);
            case "ETH" -> Optional.of(Chain.ETHEREUM);
            case "TRX" -> Optional.of(Chain.TRON);
            case "USDT", "USDC" -> WalletAddresses.stablecoinChain(address);
            default -> Optional.empty();
        };
    }

    /**
     * Adds the address to {@code graph}: a wallet on its chain (held by {@code partyKey} and designated
     * by {@code designationKey} when given), or an identifier of {@code partyKey} when the currency is
     * not one flowtrace stores wallets of.
     *
     * @return whether it became a wallet
     * @throws IllegalArgumentException when the address is not one of its chain (or, for other
     *     currencies, not 20 to 130 letters and digits)
     */
    public static boolean add(
            OwnershipGraph.Builder graph,
            String currency,
            String address,
            @Nullable String partyKey,
            @Nullable String designationKey,
            Provenance prov) {
        var code = currency.strip().toUpperCase(Locale.ROOT);
        var chain = chain(code, address);
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("currency", code);
        if (chain.isPresent()) {
            var parsed = WalletAddresses.parse(chain.get(), address);
            graph.wallet(new OwnershipGraph.WalletLink(
                    parsed.wallet(), parsed.hex(), partyKey, designationKey, props, prov));
            return true;
        }
        if (!address.strip().matches("[A-Za-z0-9:_]{20,130}")) {
            throw new IllegalArgumentException("not a " + code + " address: " + address.strip());
        }
        if (partyKey != null) {
            props.put("value", address.strip());
            graph.identifier(new IdentifierLink(partyKey, "CRYPTO:" + code + ":" + address.strip(), props, prov));
        }
        return false;
    }
}
