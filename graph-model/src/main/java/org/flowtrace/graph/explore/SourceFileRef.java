package org.flowtrace.graph.explore;

import java.util.Objects;

/**
 * A source an ingest run read.
 *
 * @param path the URI it was first read from (a file URI, or an API endpoint for live sources)
 * @param sha256 the SHA-256 of its content, the key of the chain of custody
 */
public record SourceFileRef(String path, String sha256) {

    public SourceFileRef {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
    }
}
