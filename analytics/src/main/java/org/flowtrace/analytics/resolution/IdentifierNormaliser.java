package org.flowtrace.analytics.resolution;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Canonical {@link Identifier}s from the keys the ingest jobs give {@code :Identifier}, {@code :Wallet},
 * {@code :Account} and {@code :Address} nodes (see ingest-jobs' {@code IdentifierKeys}). The keys are
 * already normalised per source; this makes them comparable across sources:
 *
 * <ul>
 *   <li>{@code REG:<CC>:<number>} is a registration in its jurisdiction; {@code REG:<number>} is one too
 *       when the party has exactly one country, else a number of unknown issuer;
 *   <li>{@code <TYPE>:<CC>:<number>} is an identity document; {@code <TYPE>:<number>} a number;
 *   <li>phones are parsed with libphonenumber (the party's country as the default region for numbers
 *       written without a country code) and compared in E.164; unparseable ones by their digits;
 *   <li>e-mail addresses in lower case; LEIs and IBANs in upper case without spaces;
 *   <li>wallets by chain and address, EVM addresses in lower case (the node keeps the checksum form);
 *       {@code CRYPTO:<currency>:<address>} (chains without wallets) likewise.
 * </ul>
 */
final class IdentifierNormaliser {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Set<String> NOT_IDENTIFYING = Set.of("WEBSITE", "GENDER");

    private IdentifierNormaliser() {}

    /**
     * @param key the {@code :Identifier} node's key
     * @param region the party's country (ISO alpha-2), the default region of phone numbers, if known
     */
    static Optional<Identifier> identifier(String key, @Nullable String region) {
        int colon = key.indexOf(':');
        if (colon <= 0 || colon == key.length() - 1) {
            return Optional.empty();
        }
        var type = key.substring(0, colon);
        var rest = key.substring(colon + 1);
        return switch (type) {
            case "PHONE" -> phone(rest, region);
            case "EMAIL" ->
                rest.contains("@")
                        ? Optional.of(new Identifier(
                                Identifier.Kind.EMAIL, rest.strip().toLowerCase(Locale.ROOT)))
                        : Optional.empty();
            case "LEI" -> Optional.of(new Identifier(Identifier.Kind.LEI, compact(rest)));
            case "CRYPTO" -> Optional.of(new Identifier(Identifier.Kind.WALLET, wallet(rest)));
            case "REG" -> registration(rest, region);
            case "ADDRESS" -> Optional.of(address(key));
            default -> NOT_IDENTIFYING.contains(type) ? Optional.empty() : document(type, rest);
        };
    }

    /** A wallet node's key ({@code CHAIN:address}). */
    static Identifier walletNode(String walletKey) {
        return new Identifier(Identifier.Kind.WALLET, wallet(walletKey));
    }

    /** A held account: its IBAN when known, else its key ({@code institution:number}). */
    static Identifier account(String accountKey, @Nullable String iban) {
        return iban != null && !iban.isBlank()
                ? new Identifier(Identifier.Kind.ACCOUNT, "IBAN " + compact(iban))
                : new Identifier(Identifier.Kind.ACCOUNT, accountKey);
    }

    /** An address node's key ({@code ADDRESS:<COUNTRY>:<CITY>:<STREET>}), without a blank city. */
    static Identifier address(String addressKey) {
        return new Identifier(Identifier.Kind.ADDRESS, addressKey.replace("::", ":"));
    }

    private static Optional<Identifier> registration(String rest, @Nullable String region) {
        int colon = rest.indexOf(':');
        if (colon == 2 && COUNTRY.matcher(rest.substring(0, 2)).matches()) {
            return Optional.of(new Identifier(
                    Identifier.Kind.REGISTRATION, rest.substring(0, 2) + ":" + number(rest.substring(3))));
        }
        return region == null
                ? Optional.of(new Identifier(Identifier.Kind.NUMBER, "REG:" + number(rest)))
                : Optional.of(new Identifier(Identifier.Kind.REGISTRATION, region + ":" + number(rest)));
    }

    private static Optional<Identifier> document(String type, String rest) {
        int colon = rest.indexOf(':');
        if (colon == 2 && COUNTRY.matcher(rest.substring(0, 2)).matches()) {
            return Optional.of(new Identifier(
                    Identifier.Kind.DOCUMENT, type + ":" + rest.substring(0, 2) + ":" + number(rest.substring(3))));
        }
        var number = number(rest);
        return number.length() < 4
                ? Optional.empty()
                : Optional.of(new Identifier(Identifier.Kind.NUMBER, type + ":" + number));
    }

    private static Optional<Identifier> phone(String written, @Nullable String region) {
        try {
            var parsed = PHONES.parse(written, written.startsWith("+") || region == null ? "ZZ" : region);
            if (PHONES.isPossibleNumber(parsed)) {
                return Optional.of(
                        new Identifier(Identifier.Kind.PHONE, PHONES.format(parsed, PhoneNumberFormat.E164)));
            }
        } catch (NumberParseException e) {
            // not a number libphonenumber reads: compared by its digits below
        }
        var digits = written.replaceAll("\\D", "");
        return digits.length() < 7 ? Optional.empty() : Optional.of(new Identifier(Identifier.Kind.PHONE, digits));
    }

    private static String wallet(String chainAndAddress) {
        int colon = chainAndAddress.lastIndexOf(':');
        var address = chainAndAddress.substring(colon + 1);
        var chain = chainAndAddress.substring(0, Math.max(colon, 0)).toUpperCase(Locale.ROOT);
        boolean evm = address.length() == 42 && address.startsWith("0x");
        return chain + ":" + (evm ? address.toLowerCase(Locale.ROOT) : address);
    }

    private static String number(String written) {
        return written.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s\\-./]", "");
    }

    private static String compact(String written) {
        return written.strip().toUpperCase(Locale.ROOT).replaceAll("\\s", "");
    }
}
