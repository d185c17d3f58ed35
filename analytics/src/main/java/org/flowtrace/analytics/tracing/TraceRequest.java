package org.flowtrace.analytics.tracing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What to trace: from a transfer, account or wallet ({@code from}: a transfer id or an endpoint key),
 * forward (where did it go) or backward (where did it come from), by one rule, up to {@code maxHops}
 * transfers and up to {@code until} (the end of the evidence when absent).
 */
public record TraceRequest(
        String from,
        Direction direction,
        TaintAllocator method,
        int maxHops,
        @Nullable Instant until) {

    /** Forward: where the value went; backward: where it came from. */
    public enum Direction {
        FORWARD,
        BACKWARD
    }

    public TraceRequest {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(method, "method");
        if (maxHops < 1 || maxHops > 50) {
            throw new IllegalArgumentException("max hops must be between 1 and 50: " + maxHops);
        }
    }

    /**
     * A time limit as users write it: an ISO instant, or a date meaning the end of that day (UTC).
     *
     * @throws IllegalArgumentException when it is neither
     */
    public static Instant until(String text) {
        try {
            return text.length() == 10
                    ? LocalDate.parse(text)
                            .plusDays(1)
                            .atStartOfDay(ZoneOffset.UTC)
                            .toInstant()
                            .minusNanos(1)
                    : Instant.parse(text.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "until: not an ISO instant or date: '" + text + "' (e.g. 2026-03-10T02:00:00Z)", e);
        }
    }

    /** The time the trace stops at: {@code until}, or far enough in the future to take every transfer. */
    Instant horizon() {
        return until == null ? Instant.parse("9999-12-31T23:59:59Z") : until;
    }
}
