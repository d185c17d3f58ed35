package org.flowtrace.ingest;

/** A source is not what the command expects (wrong format, namespace or header): the job fails fast. */
public final class SourceFormatException extends IngestException {

    public SourceFormatException(String source, String reason) {
        super(source, source + ": " + reason, null);
    }

    public SourceFormatException(String source, String reason, Throwable cause) {
        super(source, source + ": " + reason, cause);
    }
}
