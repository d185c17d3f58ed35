package org.flowtrace.graph.fx;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.flowtrace.graph.model.Provenance;

/**
 * The USD value of one unit of an asset on one day, as a rate file states it.
 *
 * @param date the day the rate applies to (transfers are matched on their UTC day)
 * @param asset the asset code as transfers carry it ({@code EUR}, {@code BITCOIN:BTC} …)
 * @param usdPerUnit USD per one unit, exact and positive
 * @param source who published the rate (ECB, a central bank, an exchange …)
 * @param provenance where the rate was read
 */
public record FxRate(LocalDate date, String asset, BigDecimal usdPerUnit, String source, Provenance provenance) {

    public FxRate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(usdPerUnit, "usdPerUnit");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(provenance, "provenance");
        if (usdPerUnit.signum() <= 0) {
            throw new IllegalArgumentException("rate must be positive: " + usdPerUnit.toPlainString());
        }
    }

    /** The node key: {@code 2024-01-02:EUR}. */
    public String key() {
        return key(date, asset);
    }

    public static String key(LocalDate date, String asset) {
        return date + ":" + asset;
    }

    /** The rate as stored: plain, without trailing zeros, so {@code 1.10} and {@code 1.1} are one rate. */
    public String canonicalRate() {
        return canonical(usdPerUnit);
    }

    static String canonical(BigDecimal rate) {
        var stripped = rate.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
