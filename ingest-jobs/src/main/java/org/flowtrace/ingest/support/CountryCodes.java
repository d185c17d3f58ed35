package org.flowtrace.ingest.support;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * ISO 3166 alpha-2 codes of the country names watchlists write ({@code Belize}, {@code Russia},
 * {@code Korea, North}, {@code Burma}), so that a document's issuing country is keyed as goAML keys it
 * ({@code PASSPORT:BZ:P0017003}). Names come from the JDK's English country names, plus the spellings
 * OFAC uses that differ from them.
 */
public final class CountryCodes {

    private static final Map<String, String> BY_NAME = new HashMap<>();

    static {
        for (var code : Locale.getISOCountries()) {
            BY_NAME.put(normalise(Locale.of("", code).getDisplayCountry(Locale.ENGLISH)), code);
            BY_NAME.put(code, code);
        }
        Map.ofEntries(
                        Map.entry("BURMA", "MM"),
                        Map.entry("KOREA, NORTH", "KP"),
                        Map.entry("KOREA, SOUTH", "KR"),
                        Map.entry("NORTH KOREA", "KP"),
                        Map.entry("SOUTH KOREA", "KR"),
                        Map.entry("RUSSIA", "RU"),
                        Map.entry("IRAN", "IR"),
                        Map.entry("SYRIA", "SY"),
                        Map.entry("LAOS", "LA"),
                        Map.entry("VIETNAM", "VN"),
                        Map.entry("UNITED STATES", "US"),
                        Map.entry("UNITED KINGDOM", "GB"),
                        Map.entry("TURKEY", "TR"),
                        Map.entry("CONGO, DEMOCRATIC REPUBLIC OF THE", "CD"),
                        Map.entry("CONGO, REPUBLIC OF THE", "CG"),
                        Map.entry("CZECH REPUBLIC", "CZ"),
                        Map.entry("BOLIVIA", "BO"),
                        Map.entry("VENEZUELA", "VE"),
                        Map.entry("TANZANIA", "TZ"),
                        Map.entry("MOLDOVA", "MD"),
                        Map.entry("PALESTINIAN", "PS"),
                        Map.entry("WEST BANK", "PS"),
                        Map.entry("GAZA", "PS"),
                        Map.entry("HONG KONG", "HK"),
                        Map.entry("MACAU", "MO"),
                        Map.entry("TAIWAN", "TW"),
                        Map.entry("KOSOVO", "XK"))
                .forEach(BY_NAME::put);
    }

    private CountryCodes() {}

    /** The ISO code of a country name or code, or empty when the name is not known. */
    public static Optional<String> of(String name) {
        return Optional.ofNullable(BY_NAME.get(normalise(name)));
    }

    private static String normalise(String name) {
        return name.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }
}
