package org.flowtrace.ingest.tron.grid;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One TronGrid listing over a time window, oldest first: an account's TRC-20 history
 * ({@code /v1/accounts/{address}/transactions/trc20}) or a contract's {@code Transfer} events
 * ({@code /v1/contracts/{contract}/events}), and the URL of each of its pages.
 *
 * @param api the API's base URL, e.g. {@code https://api.trongrid.io}
 * @param account the account whose history is listed, or {@code null}
 * @param contract the contract whose events are listed, or {@code null}
 */
record TronGridQuery(
        String api, @Nullable String account, @Nullable String contract, Instant from, Instant to, int pageSize) {

    TronGridQuery {
        if ((account == null) == (contract == null)) {
            throw new IllegalArgumentException("exactly one of --address and --contract is required");
        }
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("--to " + to + " is not after --from " + from);
        }
    }

    /** The page after {@code fingerprint} (the first page for {@code null} or empty). */
    URI page(@Nullable String fingerprint) {
        var base = api.endsWith("/") ? api.substring(0, api.length() - 1) : api;
        var url = new StringBuilder(base);
        if (account != null) {
            url.append("/v1/accounts/")
                    .append(encode(account))
                    .append("/transactions/trc20?only_confirmed=true")
                    .append("&min_timestamp=")
                    .append(from.toEpochMilli())
                    .append("&max_timestamp=")
                    .append(to.toEpochMilli());
        } else {
            url.append("/v1/contracts/")
                    .append(encode(contract))
                    .append("/events?event_name=Transfer&only_confirmed=true")
                    .append("&min_block_timestamp=")
                    .append(from.toEpochMilli())
                    .append("&max_block_timestamp=")
                    .append(to.toEpochMilli());
        }
        url.append("&order_by=block_timestamp,asc&limit=").append(pageSize);
        if (fingerprint != null && !fingerprint.isEmpty()) {
            url.append("&fingerprint=").append(encode(fingerprint));
        }
        return URI.create(url.toString());
    }

    private static String encode(@Nullable String text) {
        return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8);
    }
}
