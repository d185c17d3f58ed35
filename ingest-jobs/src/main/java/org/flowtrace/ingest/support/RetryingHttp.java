package org.flowtrace.ingest.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import org.flowtrace.ingest.SourceUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP to a remote source with retries: timeouts, dropped connections, HTTP 429 and 5xx are tried
 * again with exponential back-off ({@link HttpRetries}); any other status, or the last failed attempt,
 * ends in a {@link SourceUnavailableException} naming the status and the start of the body. The source
 * is named by its redacted URL only ({@link RemoteSource#redact(String)}), never with a key it carries.
 */
public final class RetryingHttp implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RetryingHttp.class);

    private final HttpClient client;
    private final HttpRetries retries;
    private final Map<String, String> headers;

    public RetryingHttp(HttpRetries retries, Map<String, String> headers) {
        this.retries = retries;
        this.headers = Map.copyOf(headers);
        this.client = HttpClient.newBuilder()
                .connectTimeout(retries.timeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** POSTs a JSON body and returns the response body. */
    public byte[] postJson(URI uri, String body) {
        return send(uri, HttpRequest.BodyPublishers.ofString(body), "POST");
    }

    /** GETs a JSON document. */
    public byte[] get(URI uri) {
        return send(uri, HttpRequest.BodyPublishers.noBody(), "GET");
    }

    private byte[] send(URI uri, HttpRequest.BodyPublisher body, String method) {
        var builder = HttpRequest.newBuilder(uri)
                .timeout(retries.timeout())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(method, body);
        headers.forEach(builder::header);
        var request = builder.build();
        var source = RemoteSource.redact(uri.toString());
        String lastProblem = "no attempt";
        for (int attempt = 1; ; attempt++) {
            Duration retryAfter = Duration.ZERO;
            try {
                var response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                int status = response.statusCode();
                if (status >= 200 && status < 300) {
                    return response.body();
                }
                lastProblem = "HTTP " + status + " " + excerpt(response.body());
                if (status != 429 && status < 500) {
                    throw new SourceUnavailableException(source, lastProblem, null);
                }
                retryAfter = retryAfter(response);
            } catch (HttpTimeoutException e) {
                lastProblem = "no answer within " + retries.timeout().toMillis() + " ms";
            } catch (IOException e) {
                lastProblem = "connection failed: " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : " " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SourceUnavailableException(source, "interrupted while waiting for an answer", e);
            }
            if (attempt >= retries.attempts()) {
                throw new SourceUnavailableException(
                        source, lastProblem + " (gave up after " + attempt + " attempts)", null);
            }
            var wait = retries.wait(attempt);
            if (retryAfter.compareTo(wait) > 0) {
                wait = retryAfter.compareTo(retries.maxBackoff()) > 0 ? retries.maxBackoff() : retryAfter;
            }
            log.debug(
                    "{}: {}; attempt {} of {} in {} ms",
                    source,
                    lastProblem,
                    attempt + 1,
                    retries.attempts(),
                    wait.toMillis());
            sleep(wait, source);
        }
    }

    private static Duration retryAfter(HttpResponse<?> response) {
        return response.headers()
                .firstValue("Retry-After")
                .filter(value -> value.strip().matches("\\d{1,6}"))
                .map(value -> Duration.ofSeconds(Long.parseLong(value.strip())))
                .orElse(Duration.ZERO);
    }

    private static void sleep(Duration wait, String source) {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceUnavailableException(source, "interrupted while backing off", e);
        }
    }

    private static String excerpt(byte[] body) {
        var text = new String(body, java.nio.charset.StandardCharsets.UTF_8)
                .strip()
                .replaceAll("\\s+", " ");
        return text.length() <= 200 ? text : text.substring(0, 197) + "...";
    }

    /** Releases the HTTP client's connections and threads. */
    @Override
    public void close() {
        client.close();
    }
}
