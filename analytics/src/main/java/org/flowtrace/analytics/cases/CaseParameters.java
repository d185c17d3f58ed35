package org.flowtrace.analytics.cases;

import java.util.Objects;
import org.flowtrace.analytics.tracing.LibrAllocator;
import org.flowtrace.analytics.tracing.TaintAllocator;

/**
 * How far {@link CaseBuilder} gathers.
 *
 * @param rule the allocation rule of the traces (default LIBR, the rule courts apply most)
 * @param traceHops the hop limit of each trace, forward and backward
 * @param linkHops the hop limit of the paths to operators
 * @param maxTraceStarts at most this many accounts and wallets are traced from (the start first)
 * @param maxFindings at most this many findings, strongest first
 * @param maxElements at most this many parties, accounts, wallets, reports or designations are read per step
 */
public record CaseParameters(
        TaintAllocator rule, int traceHops, int linkHops, int maxTraceStarts, int maxFindings, int maxElements) {

    public static final CaseParameters DEFAULTS = new CaseParameters(new LibrAllocator(), 4, 6, 6, 50, 200);

    public CaseParameters {
        Objects.requireNonNull(rule, "rule");
        if (traceHops < 1
                || traceHops > 50
                || linkHops < 1
                || maxTraceStarts < 0
                || maxFindings < 0
                || maxElements < 1) {
            throw new IllegalArgumentException("trace hops 1-50, link hops at least 1, limits not negative");
        }
    }

    /** How the pack states them. */
    public String describe() {
        return "rule " + rule.name() + ", trace hops " + traceHops + ", link hops " + linkHops + ", trace starts "
                + maxTraceStarts + ", findings " + maxFindings + ", elements per step " + maxElements;
    }
}
