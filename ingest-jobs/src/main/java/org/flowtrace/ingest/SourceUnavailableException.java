package org.flowtrace.ingest;

import org.jspecify.annotations.Nullable;

/**
 * A remote source (a JSON-RPC node, a TronGrid API) could not give what a job asked for: it stayed
 * unreachable, kept answering HTTP 429 or 5xx after every retry, dropped the connection, or answered
 * with an error object. The run fails; run the same command again to resume from its checkpoint.
 */
public final class SourceUnavailableException extends IngestException {

    public SourceUnavailableException(String source, String reason, @Nullable Throwable cause) {
        super(source, source + ": " + reason, cause);
    }
}
