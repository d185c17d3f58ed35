package org.flowtrace.ingest.support;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.flowtrace.graph.model.SourceFile;

/**
 * A source that is not a file: an API or node endpoint and what was asked of it (e.g. a block range and
 * a token list). Its identity — the job instance a restart resumes, and the SHA-256 every provenance
 * entry names — is the SHA-256 of its canonical description ({@link #description()}): the kind, the
 * redacted endpoint and the request parameters in order. The endpoint is kept without user
 * information and query (where API keys are often put); the full URL is used only to connect.
 *
 * @param kind what the endpoint is, e.g. {@code ethereum-rpc} or {@code trongrid}
 * @param endpoint the URL as given (it may carry a key)
 * @param request the identifying request parameters, in a stable order
 */
public record RemoteSource(String kind, String endpoint, Map<String, String> request) {

    public RemoteSource {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(endpoint, "endpoint");
        request = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(request));
    }

    /** The endpoint without user information or query, as stored and logged. */
    public String uri() {
        return redact(endpoint);
    }

    /** {@code kind uri key=value …}: what the SHA-256 is taken of. */
    public String description() {
        var text = new StringBuilder(kind).append(' ').append(uri());
        request.forEach((key, value) -> text.append(' ').append(key).append('=').append(value));
        return text.toString();
    }

    /** The source as the graph records it: SHA-256 of the description, the redacted URI, size unknown. */
    public SourceFile sourceFile() {
        var described = SourceFile.ofContent(description().getBytes(StandardCharsets.UTF_8), uri());
        return new SourceFile(described.sha256(), described.uri(), -1);
    }

    /** A URL without user information and query; text that is not a URL is returned as it is. */
    public static String redact(String url) {
        try {
            var uri = URI.create(url.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return url;
            }
            return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), null, null).toString();
        } catch (IllegalArgumentException | java.net.URISyntaxException e) {
            return url;
        }
    }
}
