package org.flowtrace.analytics.resolution;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * ISO 3166-1 alpha-2 codes from the ways sources write countries: alpha-2 ({@code KH}), alpha-3
 * ({@code KHM}) or English names ({@code Cambodia}, {@code Burma}, {@code Korea, South}), from the JDK's
 * locale data plus the names sanctions lists use that it lacks.
 */
final class Countries {

    private static final Map<String, String> CODES = codes();

    private Countries() {}

    static Optional<String> code(String written) {
        var key = written.strip().toUpperCase(Locale.ROOT);
        return Optional.ofNullable(CODES.get(key));
    }

    private static Map<String, String> codes() {
        var codes = new HashMap<String, String>();
        for (var code : Locale.getISOCountries()) {
            var locale = Locale.of("", code);
            codes.put(code, code);
            codes.put(locale.getISO3Country(), code);
            var name = locale.getDisplayCountry(Locale.ENGLISH).toUpperCase(Locale.ROOT);
            codes.put(name, code);
            int bracket = name.indexOf(" (");
            if (bracket > 0) {
                codes.put(name.substring(0, bracket), code);
            }
        }
        codes.put("UK", "GB");
        codes.put("BURMA", "MM");
        codes.put("VIET NAM", "VN");
        codes.put("LAOS", "LA");
        codes.put("LAO PDR", "LA");
        codes.put("KOREA, SOUTH", "KR");
        codes.put("SOUTH KOREA", "KR");
        codes.put("KOREA, NORTH", "KP");
        codes.put("NORTH KOREA", "KP");
        codes.put("RUSSIA", "RU");
        codes.put("MACAU", "MO");
        codes.put("USA", "US");
        codes.put("UNITED STATES OF AMERICA", "US");
        codes.put("TURKEY", "TR");
        codes.put("IRAN", "IR");
        codes.put("SYRIA", "SY");
        return Map.copyOf(codes);
    }
}
