package org.flowtrace.api.cli;

import java.time.Instant;
import org.flowtrace.analytics.tracing.TaintAllocator;
import org.flowtrace.analytics.tracing.TraceRequest;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options {@code trace} and {@code restitution} share: the allocation rule, the hop limit and the time limit. */
final class AllocationOptions {

    @Option(names = "--method", required = true, description = "poison, haircut, fifo, lifo or libr")
    String method;

    @Option(
            names = "--max-hops",
            defaultValue = "6",
            description = "Transfers followed at most (default: ${DEFAULT-VALUE})")
    int maxHops;

    @Option(
            names = "--until",
            paramLabel = "TIME",
            description = "Ignore transfers after this time (ISO instant, or a date: the end of that day, UTC)")
    @Nullable
    String until;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    TaintAllocator rule() {
        try {
            return TaintAllocator.named(method);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    @Nullable
    Instant until() {
        if (until == null) {
            return null;
        }
        try {
            return TraceRequest.until(until);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--" + e.getMessage());
        }
    }
}
