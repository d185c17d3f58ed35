package org.flowtrace.analytics.tracing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * Value recovered (frozen or seized) at an account or wallet, as a court would list it.
 *
 * @param endpoint the account ({@code BIC:number}) or wallet ({@code CHAIN:address}) key
 * @param amount what was recovered, as written with its asset (e.g. {@code 9700.00 USD})
 * @param value its value in USD, the unit of the schedule
 * @param frozenAt when it was frozen: nothing moves into or out of the endpoint afterwards
 */
public record RecoveredAsset(String endpoint, String amount, BigDecimal value, Instant frozenAt) {

    public RecoveredAsset {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(frozenAt, "frozenAt");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("recovered value is negative at " + endpoint);
        }
    }
}
