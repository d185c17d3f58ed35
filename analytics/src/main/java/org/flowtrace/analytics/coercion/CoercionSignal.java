package org.flowtrace.analytics.coercion;

import java.util.List;
import java.util.Objects;

/**
 * One indicator that fired for an account or wallet, with its reason in plain language and the transfers
 * that show it (none for indicators that come from reports, openings or identifiers).
 */
public record CoercionSignal(Indicator indicator, String reason, List<String> transferIds) {

    public CoercionSignal {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(reason, "reason");
        transferIds = List.copyOf(transferIds);
    }

    /** Independent pieces of evidence combined: {@code 1 − Π (1 − weight)}, each indicator counted once. */
    static double score(List<CoercionSignal> signals) {
        double none = 1;
        for (var indicator :
                signals.stream().map(CoercionSignal::indicator).distinct().toList()) {
            none *= 1 - indicator.weight();
        }
        return 1 - none;
    }
}
