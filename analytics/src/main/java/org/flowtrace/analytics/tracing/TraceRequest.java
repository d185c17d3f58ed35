package org.flowtrace.analytics.tracing;

import java.time.Instant;
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

    /** The time the trace stops at: {@code until}, or far enough in the future to take every transfer. */
    Instant horizon() {
        return until == null ? Instant.parse("9999-12-31T23:59:59Z") : until;
    }
}
