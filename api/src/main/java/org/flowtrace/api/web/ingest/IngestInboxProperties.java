package org.flowtrace.api.web.ingest;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code flowtrace.web.*} of the ingest runs.
 *
 * @param ingestInbox the only folder whose files {@code POST /api/v1/ingest-runs} may load; default
 *     {@code <data-dir>/inbox}
 */
@ConfigurationProperties("flowtrace.web")
public record IngestInboxProperties(@Nullable Path ingestInbox) {

    /** The inbox folder for this data folder. */
    Path inbox(Path dataDir) {
        return ingestInbox != null ? ingestInbox : dataDir.resolve("inbox");
    }
}
