package org.flowtrace.ingest.support;

import org.jspecify.annotations.Nullable;

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
        String file, String locator, @Nullable String field, String reason, String phase) {}
