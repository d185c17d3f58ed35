package org.flowtrace.analytics.tracing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Divides an amount among weights in proportion to them, to a given number of decimals, so that the
 * parts add up to the amount exactly: each part is first rounded down, then the units left over go
 * one each to the parts with the largest remainders (ties: the earlier weight) — the largest-remainder
 * (Hamilton) method. Every remainder is computed exactly, with no intermediate rounding.
 */
final class ProRata {

    private ProRata() {}

    static <K> Map<K, BigDecimal> split(BigDecimal amount, Map<K, BigDecimal> weights, int scale) {
        var total = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        var parts = new LinkedHashMap<K, BigDecimal>();
        if (total.signum() == 0) {
            if (amount.signum() != 0) {
                throw new IllegalArgumentException("cannot divide " + amount.toPlainString() + " over zero weights");
            }
            weights.keySet().forEach(k -> parts.put(k, BigDecimal.ZERO.setScale(scale)));
            return parts;
        }
        record Rest(Object key, BigDecimal remainder, int order) {}
        var rests = new ArrayList<Rest>();
        var given = BigDecimal.ZERO;
        int order = 0;
        for (var entry : weights.entrySet()) {
            var exact = amount.multiply(entry.getValue());
            var floor = exact.divide(total, scale, RoundingMode.FLOOR);
            parts.put(entry.getKey(), floor);
            given = given.add(floor);
            rests.add(new Rest(entry.getKey(), exact.subtract(floor.multiply(total)), order++));
        }
        var unit = BigDecimal.ONE.movePointLeft(scale);
        long units =
                amount.subtract(given).divide(unit, 0, RoundingMode.UNNECESSARY).longValueExact();
        rests.sort(Comparator.comparing(Rest::remainder).reversed().thenComparingInt(Rest::order));
        for (int i = 0; i < units; i++) {
            @SuppressWarnings("unchecked")
            var key = (K) rests.get(i).key();
            parts.merge(key, unit, BigDecimal::add);
        }
        return parts;
    }

    /** The ratio {@code part / whole} written for a reader, e.g. {@code 4,500.00 / 9,000.00}. */
    static String ratio(BigDecimal part, BigDecimal whole) {
        return Figures.amount(part) + " / " + Figures.amount(whole);
    }
}
