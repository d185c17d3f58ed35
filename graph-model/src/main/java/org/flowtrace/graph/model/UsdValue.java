package org.flowtrace.graph.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The USD value of an amount, with the rate used and where the rate came from. It serves ranking and
 * statistics; exact computations use the {@link Money} itself.
 *
 * @param usd the value, rounded half-even to cents
 * @param rate USD per one unit of the asset
 * @param rateSource the rate file or feed (e.g. {@code fx-rates.csv sha256:…} or {@code stablecoin-par})
 * @param rateDate the day the rate applies to
 */
public record UsdValue(BigDecimal usd, BigDecimal rate, String rateSource, LocalDate rateDate) {

    public UsdValue {
        Objects.requireNonNull(usd, "usd");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(rateSource, "rateSource");
        Objects.requireNonNull(rateDate, "rateDate");
        if (rate.signum() <= 0) {
            throw new IllegalArgumentException("rate must be positive: " + rate.toPlainString());
        }
    }

    /**
     * Converts {@code money} at {@code rate} USD per unit: the product is exact (no intermediate
     * rounding, whatever the number of digits) and then rounded once, half-even, to cents.
     */
    public static UsdValue of(Money money, BigDecimal rate, String rateSource, LocalDate rateDate) {
        var usd = money.amount().multiply(rate).setScale(2, RoundingMode.HALF_EVEN);
        return new UsdValue(usd, rate, rateSource, rateDate);
    }
}
