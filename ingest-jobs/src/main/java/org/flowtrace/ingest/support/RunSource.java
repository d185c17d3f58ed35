package org.flowtrace.ingest.support;

import java.util.Objects;
import org.flowtrace.graph.model.Provenance;
import org.springframework.batch.core.step.StepExecution;

/**
 * The run and source a step is reading, as processors need them to stamp provenance on what they
 * produce.
 *
 * @param runId the ingest run id ({@code <job>-<execution id>})
 * @param input the source as given (absolute path or URL)
 * @param sha256 SHA-256 of the source
 */
public record RunSource(String runId, String input, String sha256) {

    public RunSource {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(sha256, "sha256");
    }

    public static RunSource of(StepExecution step) {
        var params = step.getJobExecution().getJobParameters();
        return new RunSource(
                IngestRunRecorder.runId(step.getJobExecution()),
                Objects.requireNonNull(params.getString(IngestParameters.INPUT), "job parameter input"),
                Objects.requireNonNull(params.getString(IngestParameters.SHA256), "job parameter input.sha256"));
    }

    /** Provenance of the record at {@code locator} in this source, written by this run. */
    public Provenance at(String locator) {
        return new Provenance(runId, sha256, locator);
    }
}
