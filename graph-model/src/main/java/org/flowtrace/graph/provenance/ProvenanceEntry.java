package org.flowtrace.graph.provenance;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One answer of the provenance query: the source an element was read from and where in it.
 *
 * @param source the file URI or API URL the source was read from
 * @param locator the record's place in the source (line, XPath, block/tx/log index …)
 * @param sha256 the SHA-256 of the source content
 * @param runId the ingest run that wrote the element from this source
 * @param runStartedAt when that run started (UTC)
 * @param job the job of that run
 */
public record ProvenanceEntry(
        @Nullable String source,
        String locator,
        String sha256,
        String runId,
        @Nullable Instant runStartedAt,
        @Nullable String job) {}
