package org.flowtrace.graph.explore;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An ingest run and the sources it read.
 *
 * @param id the run's id ({@code job-execution})
 * @param job the job's name
 * @param startedAt when it started
 * @param files the sources it read, by path
 */
public record IngestRunSummary(String id, String job, Instant startedAt, List<SourceFileRef> files) {

    public IngestRunSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(startedAt, "startedAt");
        files = List.copyOf(files);
    }
}
