package org.flowtrace.ingest.support;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * Totals a job reports beyond read, written and skipped, such as the records a step filtered out on
 * purpose (entries not booked, transfers without a rate). A step component stores each in its
 * execution context under {@code count.<name>} when the step ends ({@link #record}); the launcher's
 * summary and the ingest-run record show them by name.
 */
public final class StepCounts {

    static final String PREFIX = "count.";

    private StepCounts() {}

    /** Stores {@code value} as the step's count {@code name} (a camelCase word such as {@code transfersWithoutRate}). */
    public static void record(StepExecution step, String name, long value) {
        if (!name.matches("[a-z][A-Za-z]*")) {
            throw new IllegalArgumentException("count names are camelCase words: " + name);
        }
        step.getExecutionContext().putLong(PREFIX + name, value);
    }

    /** The counts every step of the execution stored, summed by name, in step order. */
    public static Map<String, Long> of(JobExecution execution) {
        var counts = new LinkedHashMap<String, Long>();
        for (var step : execution.getStepExecutions()) {
            for (var entry : step.getExecutionContext().entrySet()) {
                if (entry.getKey().startsWith(PREFIX) && entry.getValue() instanceof Long value) {
                    counts.merge(entry.getKey().substring(PREFIX.length()), value, Long::sum);
                }
            }
        }
        return counts;
    }

    /** Records read, written and skipped over every step of a run. */
    public record Totals(long read, long written, long skipped) {}

    /** The read, write and skip counts of all the run's steps added up. */
    public static Totals totals(JobExecution execution) {
        long read = 0;
        long written = 0;
        long skipped = 0;
        for (var step : execution.getStepExecutions()) {
            read += step.getReadCount();
            written += step.getWriteCount();
            skipped += step.getSkipCount();
        }
        return new Totals(read, written, skipped);
    }
}
