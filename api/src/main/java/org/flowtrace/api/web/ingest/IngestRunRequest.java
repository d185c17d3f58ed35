package org.flowtrace.api.web.ingest;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /api/v1/ingest-runs}: load a file or folder of the inbox.
 *
 * @param format the format, as {@code flowtrace ingest <format>} names it ({@code goaml}, {@code ledger} …)
 * @param path a file or folder relative to the inbox
 * @param options the format's options (e.g. {@code mapping}, {@code schema}, {@code tokens}); file options
 *     are relative to the inbox too
 * @param rerun load again even if a completed run loaded the same file
 */
record IngestRunRequest(
        @Nullable String format,
        @Nullable String path,
        @Nullable Map<String, String> options,
        @Nullable Boolean rerun) {

    boolean loadAgain() {
        return Boolean.TRUE.equals(rerun);
    }
}
