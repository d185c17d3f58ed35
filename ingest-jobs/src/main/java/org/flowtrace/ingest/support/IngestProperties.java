package org.flowtrace.ingest.support;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code flowtrace.ingest.*}: settings shared by every ingest job.
 *
 * @param chunkSize records per chunk (one graph transaction and one job-repository commit each)
 * @param skipLimit malformed records a run may skip before it fails
 * @param retryLimit attempts for a chunk that failed on a transient database error
 * @param rejectsDir where rejected records are written, one JSON Lines file per run
 * @param quiet no progress lines, only the summary
 * @param progressInterval how often progress is printed
 */
@ConfigurationProperties("flowtrace.ingest")
public record IngestProperties(
        @DefaultValue("5000") int chunkSize,
        @DefaultValue("1000") long skipLimit,
        @DefaultValue("3") int retryLimit,
        @DefaultValue("flowtrace-data/rejects") Path rejectsDir,
        @DefaultValue("false") boolean quiet,
        @DefaultValue("2s") Duration progressInterval) {

    public IngestProperties {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("flowtrace.ingest.chunk-size must be at least 1: " + chunkSize);
        }
        if (skipLimit < 0) {
            throw new IllegalArgumentException("flowtrace.ingest.skip-limit must not be negative: " + skipLimit);
        }
    }
}
