package org.flowtrace.api.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.flowtrace.analytics.tracing.TaintAllocator;
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
            return until.length() == 10
                    ? LocalDate.parse(until)
                            .plusDays(1)
                            .atStartOfDay(ZoneOffset.UTC)
                            .toInstant()
                            .minusNanos(1)
                    : Instant.parse(until.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--until: not an ISO instant or date: '" + until + "' (e.g. 2026-03-10T02:00:00Z)");
        }
    }
}
