package org.flowtrace.analytics.tracing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.flowtrace.graph.model.Money;

/**
 * A transfer as tracing sees it: its ends (endpoint keys), time, the exact amount in its own asset,
 * and its value in the unit the trace counts in.
 *
 * @param value what left the sender, in the trace's unit (USD: the transfer's stored exact USD value)
 * @param fee the part of {@code value} that did not arrive (a charge the transfer records), never more
 *     than {@code value}
 * @param valuation how {@code value} was obtained, e.g. {@code 286,400.00 THB at 0.0279 USD/THB of 2026-03-03}
 */
public record Flow(
        String transferId,
        String from,
        String to,
        Instant at,
        Money amount,
        BigDecimal value,
        BigDecimal fee,
        String valuation) {

    public Flow {
        Objects.requireNonNull(transferId, "transferId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(fee, "fee");
        Objects.requireNonNull(valuation, "valuation");
        if (value.signum() < 0 || fee.signum() < 0 || fee.compareTo(value) > 0) {
            throw new IllegalArgumentException("transfer " + transferId + ": value " + value.toPlainString()
                    + " and fee " + fee.toPlainString() + " must satisfy 0 <= fee <= value");
        }
    }

    /** What arrived at the receiver. */
    public BigDecimal received() {
        return value.subtract(fee);
    }

    /** Time, then id: one order whatever the database returned. */
    static final java.util.Comparator<Flow> IN_TIME_ORDER =
            java.util.Comparator.comparing(Flow::at).thenComparing(Flow::transferId);
}
