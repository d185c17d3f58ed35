package org.flowtrace.ingest.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How the load of one source ended.
 *
 * @param input the source
 * @param runId the run that did the work (or the earlier run that had already loaded the source)
 * @param status COMPLETED, FAILED …, or ALREADY_LOADED when an earlier run completed this same source
 * @param read records read
 * @param written records written
 * @param skipped records rejected
 * @param rejects the rejects file, when any record was rejected
 * @param failure why the run failed, when it did
 * @param counts further totals a job reports (e.g. {@code transfersWithoutRate}), by name; see
 *     {@link StepCounts}
 */
public record IngestResult(
        String input,
        String runId,
        String status,
        long read,
        long written,
        long skipped,
        @Nullable Path rejects,
        @Nullable String failure,
        Map<String, Long> counts) {

    public IngestResult {
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }

    public boolean succeeded() {
        return "COMPLETED".equals(status) || "ALREADY_LOADED".equals(status);
    }

    /** The rejects file if it exists. */
    public @Nullable Path rejectsIfAny() {
        return rejects != null && Files.exists(rejects) ? rejects : null;
    }
}
