package org.flowtrace.analytics.tracing;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How tracing writes amounts in its rule steps and arithmetic: grouped thousands, every decimal kept. */
public final class Figures {

    private Figures() {}

    /** {@code 4500.00} as {@code 4,500.00}; the scale of the amount is kept. */
    public static String amount(BigDecimal value) {
        var format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setMinimumFractionDigits(Math.max(value.scale(), 0));
        format.setMaximumFractionDigits(Math.max(value.scale(), 0));
        format.setParseBigDecimal(true);
        return format.format(value);
    }
}
