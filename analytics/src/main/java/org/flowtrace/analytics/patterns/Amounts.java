package org.flowtrace.analytics.patterns;

import java.util.Locale;

/** How the detectors write USD amounts and spreads in their explanations. */
final class Amounts {

    private Amounts() {}

    static String usd(double value) {
        return String.format(Locale.ROOT, "%,.2f USD", value);
    }
}
