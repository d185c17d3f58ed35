package org.flowtrace.api.web.ingest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What the ingest-run endpoints answer. */
final class IngestRunViews {

    private IngestRunViews() {}

    /**
     * One ingest run in the list.
     *
     * @param runId {@code <job>-<execution id>}, as the graph's {@code IngestRun} nodes name it
     * @param job the job (format) name
     * @param input the source: relative to the inbox, a file name, or a URL's scheme and host
     * @param status STARTING, STARTED, COMPLETED, FAILED, STOPPING, STOPPED, ABANDONED or UNKNOWN
     * @param failure why the run failed, when it did
     * @param rejects whether the run wrote a rejects file
     * @param rejectedLines the rejected records in it
     */
    record Summary(
            String runId,
            String job,
            String input,
            String status,
            @Nullable Instant startTime,
            @Nullable Instant endTime,
            long read,
            long written,
            long skipped,
            @Nullable String failure,
            boolean rejects,
            long rejectedLines) {}

    /** One run with its steps, further counts and progress. */
    record Detail(
            String runId,
            String job,
            String input,
            String status,
            @Nullable Instant createTime,
            @Nullable Instant startTime,
            @Nullable Instant endTime,
            long read,
            long written,
            long skipped,
            @Nullable String failure,
            boolean rejects,
            long rejectedLines,
            Map<String, Long> counts,
            Progress progress,
            List<Step> steps) {}

    /**
     * How far a run got: records read against the size of its source, where known. A step's reader
     * does not record how much of the file it has consumed, so {@code fractionDone} is known once the
     * run has completed.
     *
     * @param read records read so far
     * @param inputBytes the size of the source file, when it is a file
     * @param fractionDone 1 when the run completed, else unknown
     * @param recordsPerSecond reading rate since the run started
     */
    record Progress(
            long read,
            @Nullable Long inputBytes,
            @Nullable Double fractionDone,
            @Nullable Long recordsPerSecond) {}

    /** One step of a run. */
    record Step(
            String name,
            String status,
            @Nullable Instant startTime,
            @Nullable Instant endTime,
            long read,
            long written,
            long skipped,
            long filtered,
            long commits,
            long rollbacks) {}

    /** A run a start request made, or the earlier run that already loaded the file. */
    record Started(String runId, String input, String status, String href) {}

    /** The answer to a start request: a run per file. */
    record StartedRuns(List<Started> runs) {}
}
