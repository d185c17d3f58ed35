package org.flowtrace.ingest.support;

import java.time.Duration;
import java.util.Objects;

/**
 * How a remote source is retried: {@code attempts} tries in all, waiting {@code backoff}, then twice as
 * long each time up to {@code maxBackoff} (or what a {@code Retry-After} header asks, if longer), and
 * giving each request {@code timeout} to answer.
 */
public record HttpRetries(int attempts, Duration backoff, Duration maxBackoff, Duration timeout) {

    public HttpRetries {
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(timeout, "timeout");
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1: " + attempts);
        }
    }

    /** The wait before attempt {@code attempt + 1} (attempt counts from 1). */
    Duration wait(int attempt) {
        var wait = backoff.multipliedBy(1L << Math.min(attempt - 1, 20));
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
