package org.flowtrace.analytics.tracing;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A part of a debit or credit attributed to one source, with the rule step that attributed it (e.g.
 * {@code FIFO: oldest first, from credit camt:…:1 of 2026-03-03 (1,500.00 of 5,000.00 left)}).
 */
public record Portion(Source source, BigDecimal amount, String step) {

    public Portion {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(step, "step");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("negative portion " + amount.toPlainString() + " of " + source.id());
        }
    }
}
