package org.flowtrace.graph.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One execution of an ingest job: the unit of the chain of custody that every written fact names.
 *
 * @param id unique id, e.g. {@code ledger-42} (job name and Spring Batch execution id)
 * @param job the job name
 * @param startedAt when the run started (UTC)
 */
public record IngestRun(String id, String job, Instant startedAt) {

    public IngestRun {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(startedAt, "startedAt");
        if (id.isBlank() || id.contains("|")) {
            throw new IllegalArgumentException("run id must be non-blank and free of '|': " + id);
        }
    }
}
