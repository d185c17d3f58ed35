package org.flowtrace.samples.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How the restitution schedule of one allocation method compares with the amounts a truth works out by
 * hand: exact matches per victim (amounts compared with {@code compareTo}, so {@code 2000.00} equals
 * {@code 2000}).
 *
 * @param method the allocation method ({@code poison}, {@code haircut}, {@code fifo}, {@code lifo}, {@code libr})
 * @param victims victims the truth gives an amount for
 * @param exact victims whose computed award equals it exactly
 * @param mismatches {@code victim: expected ≠ computed} for the others (computed {@code none} when absent)
 */
public record RestitutionScore(String method, int victims, int exact, List<String> mismatches) {

    public RestitutionScore {
        mismatches = List.copyOf(mismatches);
    }

    /** Compares the computed awards per victim with the expected ones. */
    public static RestitutionScore of(
            String method, Map<String, BigDecimal> expected, Map<String, BigDecimal> computed) {
        int exact = 0;
        var mismatches = new ArrayList<String>();
        for (var entry : expected.entrySet()) {
            var got = computed.get(entry.getKey());
            if (got != null && got.compareTo(entry.getValue()) == 0) {
                exact++;
            } else {
                mismatches.add(entry.getKey() + ": " + entry.getValue().toPlainString() + " ≠ "
                        + (got == null ? "none" : got.toPlainString()));
            }
        }
        return new RestitutionScore(method, expected.size(), exact, mismatches);
    }
}
