package org.flowtrace.ingest.support;

import org.flowtrace.ingest.MalformedRecordException;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.file.FlatFileParseException;

/**
 * A record a run did not load, as written to the rejects file.
 *
 * @param file the source file or URL
 * @param locator where the record is in it (line, XPath, block/tx/log …)
 * @param field the field at fault, when one is
 * @param reason why it was rejected
 * @param phase read, process or write
 */
public record RejectedRecord(
        String file, String locator, @Nullable String field, String reason, String phase) {

    /** Describes why {@code item} (or an unreadable record) of {@code input} was rejected. */
    public static RejectedRecord of(Throwable t, String input, String phase, @Nullable Object item) {
        if (t instanceof MalformedRecordException malformed) {
            return new RejectedRecord(
                    malformed.source(), malformed.locator(), malformed.field(), malformed.reason(), phase);
        }
        if (t instanceof FlatFileParseException parse) {
            var cause = parse.getCause() == null ? parse : parse.getCause();
            return new RejectedRecord(
                    input, "line " + parse.getLineNumber(), null, String.valueOf(cause.getMessage()), phase);
        }
        var locator = item instanceof Locatable locatable ? locatable.locator() : "unknown";
        return new RejectedRecord(input, locator, null, String.valueOf(t.getMessage()), phase);
    }
}
