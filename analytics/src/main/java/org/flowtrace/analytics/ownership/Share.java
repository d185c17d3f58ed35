package org.flowtrace.analytics.ownership;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * A share of a company as an exact fraction of the whole (0 to 1), or a range of them: a register may
 * state "more than 25 % and at most 50 %". The bounds are computed separately and never averaged; an
 * exclusive bound says the true share is strictly above ({@code lowerExclusive}) or below
 * ({@code upperExclusive}) it. An exact share is a range whose bounds are equal and inclusive.
 */
public record Share(BigFraction lower, boolean lowerExclusive, BigFraction upper, boolean upperExclusive) {

    public static final Share NONE = exact(BigFraction.ZERO);
    public static final Share WHOLE = exact(BigFraction.ONE);

    public Share {
        Objects.requireNonNull(lower, "lower");
        Objects.requireNonNull(upper, "upper");
        if (lower.compareTo(upper) > 0) {
            throw new IllegalArgumentException("lower bound " + lower + " is above upper bound " + upper);
        }
        if (lower.compareTo(BigFraction.ZERO) < 0 || upper.compareTo(BigFraction.ONE) > 0) {
            throw new IllegalArgumentException("a share lies between 0 and 1: " + lower + " to " + upper);
        }
    }

    /** Exactly this fraction. */
    public static Share exact(BigFraction fraction) {
        return new Share(fraction, false, fraction, false);
    }

    /**
     * A percentage as stated (the graph stores register percentages as numbers: {@code 33.33} is
     * taken as written, 3333/10000, not as the nearest binary double).
     */
    public static BigFraction ofPercent(double percent) {
        var decimal = BigDecimal.valueOf(percent);
        var fraction = decimal.scale() > 0
                ? new BigFraction(decimal.unscaledValue(), BigInteger.TEN.pow(decimal.scale()))
                : new BigFraction(decimal.toBigIntegerExact());
        return fraction.divide(100);
    }

    /** Whether the share is known exactly. */
    public boolean isExact() {
        return lower.equals(upper) && !lowerExclusive && !upperExclusive;
    }

    /** Whether the share is certainly more than the threshold. */
    public boolean certainlyAbove(BigFraction threshold) {
        int c = lower.compareTo(threshold);
        return c > 0 || (c == 0 && lowerExclusive);
    }

    /** Whether the share may be more than the threshold. */
    public boolean possiblyAbove(BigFraction threshold) {
        return upper.compareTo(threshold) > 0;
    }

    /** As a percentage with two decimals, with its bounds and their kinds when it is a range ("&gt;25.00–50.00 %"). */
    public String percent() {
        if (isExact()) {
            return percent(lower) + " %";
        }
        return (lowerExclusive ? ">" : "") + percent(lower) + "–" + (upperExclusive ? "<" : "") + percent(upper) + " %";
    }

    /** The exact fractions, e.g. {@code 63/73} or {@code 1/4..1/2}. */
    public String fractions() {
        return isExact() ? text(lower) : text(lower) + ".." + text(upper);
    }

    /** A fraction as a percentage rounded half-even to two decimals. */
    public static String percent(BigFraction fraction) {
        return fraction.bigDecimalValue(12, RoundingMode.HALF_EVEN.ordinal())
                .movePointRight(2)
                .setScale(2, RoundingMode.HALF_EVEN)
                .toPlainString();
    }

    private static String text(BigFraction fraction) {
        return fraction.getDenominator().equals(BigInteger.ONE)
                ? fraction.getNumerator().toString()
                : String.format(Locale.ROOT, "%s/%s", fraction.getNumerator(), fraction.getDenominator());
    }
}
