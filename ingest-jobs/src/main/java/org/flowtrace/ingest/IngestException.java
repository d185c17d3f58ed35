package org.flowtrace.ingest;

/** Root of the unchecked exceptions of the ingest jobs; each subtype carries the source it concerns. */
public abstract sealed class IngestException extends RuntimeException
        permits MalformedRecordException, SourceFormatException, SourceUnavailableException {

    private final String source;

    protected IngestException(String source, String message, @org.jspecify.annotations.Nullable Throwable cause) {
        super(message, cause);
        this.source = source;
    }

    /** The file or URL concerned. */
    public String source() {
        return source;
    }
}
