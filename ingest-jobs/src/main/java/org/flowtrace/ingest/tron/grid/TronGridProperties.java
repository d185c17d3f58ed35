package org.flowtrace.ingest.tron.grid;

import java.time.Duration;
import org.flowtrace.ingest.support.HttpRetries;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code flowtrace.ingest.tron.*}: how the live TRON job talks to its API.
 *
 * @param pageSize items asked per page ({@code limit}; TronGrid allows at most 200)
 * @param blocksPerRequest with {@code --jsonrpc}: blocks per {@code eth_getLogs} request
 * @param apiKey sent as {@code TRON-PRO-API-KEY} when set (TronGrid's key header; prefer the
 *     environment, {@code FLOWTRACE_INGEST_TRON_API_KEY})
 * @param attempts tries of one request before the run fails (timeouts, dropped connections, 429, 5xx)
 * @param backoff the first wait before a retry, doubled each time
 * @param maxBackoff the longest wait between retries
 * @param timeout how long one request may take
 */
@ConfigurationProperties("flowtrace.ingest.tron")
public record TronGridProperties(
        @DefaultValue("200") int pageSize,
        @DefaultValue("100") int blocksPerRequest,
        @Nullable String apiKey,
        @DefaultValue("8") int attempts,
        @DefaultValue("500ms") Duration backoff,
        @DefaultValue("30s") Duration maxBackoff,
        @DefaultValue("60s") Duration timeout) {

    public TronGridProperties {
        if (blocksPerRequest < 1) {
            throw new IllegalArgumentException(
                    "flowtrace.ingest.tron.blocks-per-request must be at least 1: " + blocksPerRequest);
        }
        if (pageSize < 1 || pageSize > 200) {
            throw new IllegalArgumentException("flowtrace.ingest.tron.page-size must be 1..200: " + pageSize);
        }
    }

    /** The API key header, when a key is set. */
    java.util.Map<String, String> headers() {
        return apiKey == null || apiKey.isBlank() ? java.util.Map.of() : java.util.Map.of("TRON-PRO-API-KEY", apiKey);
    }

    HttpRetries retries() {
        return new HttpRetries(attempts, backoff, maxBackoff, timeout);
    }
}
