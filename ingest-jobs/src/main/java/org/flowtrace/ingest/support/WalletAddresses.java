package org.flowtrace.ingest.support;

import java.util.Locale;
import java.util.Optional;
import org.flowtrace.graph.model.Chain;
import org.flowtrace.graph.model.WalletRef;
import org.flowtrace.ingest.tron.Base58Check;
import org.flowtrace.ingest.tron.TronAddress;
import org.jspecify.annotations.Nullable;
import org.web3j.crypto.Keys;

/**
 * Validates a wallet address written in a source and keys it on its chain: EVM hex (mixed case must
 * match its EIP-55 checksum; keyed lower-case), TRON base58check (keyed in base58, its hex kept beside),
 * legacy Bitcoin base58check (version 0 or 5) and bech32 {@code bc1…} by its shape. Shared by every job
 * that names wallets (TagPacks, sanctions lists, FollowTheMoney, designations).
 */
public final class WalletAddresses {

    /**
     * A validated wallet.
     *
     * @param hex the {@code 41…} hex spelling of a TRON address, else {@code null}
     */
    public record Parsed(WalletRef wallet, @Nullable String hex) {}

    private WalletAddresses() {}

    /**
     * The wallet at {@code address} on {@code chain}.
     *
     * @throws IllegalArgumentException naming why the address is not one of that chain
     */
    public static Parsed parse(Chain chain, String address) {
        var trimmed = address.strip();
        return switch (chain) {
            case ETHEREUM -> new Parsed(new WalletRef(chain, ethereum(trimmed), trimmed), null);
            case TRON -> {
                var tron = TronAddress.parse(trimmed);
                yield new Parsed(new WalletRef(chain, tron.base58(), trimmed), tron.hex());
            }
            case BITCOIN -> new Parsed(new WalletRef(chain, bitcoin(trimmed), trimmed), null);
        };
    }

    /**
     * The chain a stablecoin address (USDT, USDC) is on, told by its shape: a valid TRON {@code T…}
     * address or an {@code 0x} EVM address (the same key holder on every EVM chain, keyed on Ethereum).
     */
    public static Optional<Chain> stablecoinChain(String address) {
        var trimmed = address.strip();
        if (trimmed.matches("0[xX][0-9a-fA-F]{40}")) {
            return Optional.of(Chain.ETHEREUM);
        }
        if (trimmed.startsWith("T") && TronAddress.isValid(trimmed)) {
            return Optional.of(Chain.TRON);
        }
        return Optional.empty();
    }

    private static String ethereum(String address) {
        if (!address.matches("0x[0-9a-fA-F]{40}")) {
            throw new IllegalArgumentException("not a 20-byte 0x-hex Ethereum address");
        }
        var digits = address.substring(2);
        boolean mixedCase =
                !digits.equals(digits.toLowerCase(Locale.ROOT)) && !digits.equals(digits.toUpperCase(Locale.ROOT));
        if (mixedCase && !Keys.toChecksumAddress(address).equals(address)) {
            throw new IllegalArgumentException("EIP-55 checksum does not match: a mistyped address?");
        }
        return address.toLowerCase(Locale.ROOT);
    }

    private static String bitcoin(String address) {
        if (address.toLowerCase(Locale.ROOT).startsWith("bc1")) {
            if (!address.equals(address.toLowerCase(Locale.ROOT)) || !address.matches("bc1[ac-hj-np-z02-9]{11,71}")) {
                throw new IllegalArgumentException("not a bech32 Bitcoin address");
            }
            return address;
        }
        byte[] payload;
        try {
            payload = Base58Check.decode(address);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a Bitcoin address: " + e.getMessage(), e);
        }
        if (payload.length != 21 || (payload[0] != 0x00 && payload[0] != 0x05)) {
            throw new IllegalArgumentException("not a Bitcoin address: base58check version is not 0 or 5");
        }
        return address;
    }
}
