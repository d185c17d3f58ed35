package org.flowtrace.samples.generator;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The currencies of the generated banks, with the names the AMLworld layout writes, a fixed USD rate
 * per unit (so the files are reproducible; the rates are illustrative, not market data) and their
 * ISO 4217 minor units.
 */
enum Currencies {
    USD("US Dollar", "1", 2),
    EUR("Euro", "1.08", 2),
    GBP("UK Pound", "1.26", 2),
    CNY("Yuan", "0.138", 2),
    JPY("Yen", "0.0068", 0),
    INR("Rupee", "0.012", 2),
    AUD("Australian Dollar", "0.66", 2),
    CAD("Canadian Dollar", "0.73", 2),
    CHF("Swiss Franc", "1.13", 2),
    SAR("Saudi Riyal", "0.2666", 2);

    private final String amlworldName;
    private final BigDecimal usdPerUnit;
    private final int decimals;

    Currencies(String amlworldName, String usdPerUnit, int decimals) {
        this.amlworldName = amlworldName;
        this.usdPerUnit = new BigDecimal(usdPerUnit);
        this.decimals = decimals;
    }

    BigDecimal usdPerUnit() {
        return usdPerUnit;
    }

    String amlworldName() {
        return amlworldName;
    }

    /** An amount in USD expressed in this currency, rounded to its minor unit, as the file writes it. */
    String fromUsd(BigDecimal usd) {
        return usd.divide(usdPerUnit, decimals, RoundingMode.HALF_EVEN).toPlainString();
    }
}
