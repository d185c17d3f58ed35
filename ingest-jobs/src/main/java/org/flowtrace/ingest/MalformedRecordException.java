package org.flowtrace.ingest;

import org.jspecify.annotations.Nullable;

/**
 * One record of a source cannot be loaded. The step skips it (up to the skip limit) and writes it to
 * the rejects file with its locator, field and reason; the rest of the source goes on.
 */
public final class MalformedRecordException extends IngestException {

    private final String locator;
    private final @Nullable String field;
    private final String reason;

    public MalformedRecordException(String source, String locator, @Nullable String field, String reason) {
        this(source, locator, field, reason, null);
    }

    public MalformedRecordException(
            String source, String locator, @Nullable String field, String reason, @Nullable Throwable cause) {
        super(source, source + " " + locator + (field == null ? "" : " field " + field) + ": " + reason, cause);
        this.locator = locator;
        this.field = field;
        this.reason = reason;
    }

    /** Where the record is in the source: {@code line 17}, an XPath, {@code block 5 tx 2 log 3} … */
    public String locator() {
        return locator;
    }

    /** The field at fault, when one is. */
    public @Nullable String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
