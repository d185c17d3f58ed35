package org.flowtrace.ingest.support;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The normalised keys of identifiers and addresses, so that the same document, phone number or address
 * written differently in two reports meets at one node:
 *
 * <ul>
 *   <li>documents: {@code <TYPE>:<ISSUING COUNTRY>:<NUMBER>} ({@code PASSPORT:KH:N123},
 *       {@code EID:AE:784198512345671}), the number upper-cased without spaces, hyphens, dots or slashes;
 *   <li>numbers without an issuing country: {@code SSN:<NUMBER>}, {@code IDNUMBER:<NUMBER>},
 *       {@code TAX:<NUMBER>}, {@code REG:<NUMBER>};
 *   <li>phones: {@code PHONE:+<country prefix><number>} (the trunk 0 of the national number dropped) when
 *       the country is known — given as prefix, or written as {@code +…} or {@code 00…} — else
 *       {@code PHONE:<digits>};
 *   <li>e-mails: {@code EMAIL:<address in lower case>};
 *   <li>addresses: {@code ADDRESS:<COUNTRY>:<CITY>:<STREET LINE(S)>}, upper-cased with runs of whitespace
 *       made one space.
 * </ul>
 */
public final class IdentifierKeys {

    private IdentifierKeys() {}

    /** A document number as keyed: upper case, without spaces, hyphens, dots and slashes. */
    public static String number(String written) {
        return written.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s\\-./]", "");
    }

    public static String code(String written) {
        return written.strip().toUpperCase(Locale.ROOT);
    }

    /** {@code <TYPE>:<COUNTRY>:<NUMBER>}, or empty when a part is missing or the number has no character left. */
    public static Optional<String> document(@Nullable String type, @Nullable String country, @Nullable String number) {
        if (isBlank(type) || isBlank(country) || isBlank(number) || "-".equals(type.strip())) {
            return Optional.empty();
        }
        var normalised = number(number);
        return normalised.isEmpty()
                ? Optional.empty()
                : Optional.of(code(type) + ":" + code(country) + ":" + normalised);
    }

    /** {@code <KIND>:<NUMBER>} for numbers without an issuing country. */
    public static Optional<String> plain(String kind, @Nullable String number) {
        if (isBlank(number)) {
            return Optional.empty();
        }
        var normalised = number(number);
        return normalised.isEmpty() ? Optional.empty() : Optional.of(kind + ":" + normalised);
    }

    public static Optional<String> phone(@Nullable String countryPrefix, @Nullable String number) {
        if (isBlank(number)) {
            return Optional.empty();
        }
        var written = number.strip();
        var digits = written.replaceAll("\\D", "");
        if (digits.isEmpty()) {
            return Optional.empty();
        }
        var prefix = countryPrefix == null ? "" : countryPrefix.replaceAll("\\D", "");
        if (written.startsWith("+")) {
            return Optional.of("PHONE:+" + digits);
        }
        if (digits.startsWith("00")) {
            return Optional.of("PHONE:+" + digits.substring(2));
        }
        if (!prefix.isEmpty()) {
            var national = digits.replaceFirst("^0+", "");
            return Optional.of("PHONE:+" + prefix + national);
        }
        return Optional.of("PHONE:" + digits);
    }

    public static Optional<String> email(@Nullable String address) {
        if (isBlank(address)) {
            return Optional.empty();
        }
        return Optional.of("EMAIL:" + address.strip().toLowerCase(Locale.ROOT));
    }

    public static Optional<String> address(@Nullable String country, @Nullable String city, @Nullable String... lines) {
        var street = new StringBuilder();
        for (var line : lines) {
            if (!isBlank(line)) {
                if (!street.isEmpty()) {
                    street.append(' ');
                }
                street.append(line.strip());
            }
        }
        if (street.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("ADDRESS:" + text(country) + ":" + text(city) + ":" + text(street.toString()));
    }

    private static String text(@Nullable String written) {
        return written == null ? "" : written.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }

    public static boolean isBlank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
