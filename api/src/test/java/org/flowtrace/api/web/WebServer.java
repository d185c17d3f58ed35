package org.flowtrace.api.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flowtrace.api.cli.ApplicationStarter;
import org.flowtrace.api.web.security.Role;
import org.flowtrace.api.web.security.UsersFile;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The web application started in this JVM on a free loopback port over a data folder, with one user per
 * role ({@link #ANALYST}, {@link #PROSECUTOR}, {@link #COMPLIANCE}, {@link #ADMIN}, each with
 * {@link #PASSWORD}), and an HTTP client that sends a user's Basic credentials. Start one per test class
 * ({@code @BeforeAll}) and close it after.
 */
public final class WebServer implements AutoCloseable {

    public static final String ANALYST = "analyst";
    public static final String PROSECUTOR = "prosecutor";
    public static final String COMPLIANCE = "compliance";
    public static final String ADMIN = "admin";
    public static final String PASSWORD = "correct-horse-battery";

    private final ConfigurableApplicationContext context;
    private final Path dataDir;
    private final int port;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private WebServer(ConfigurableApplicationContext context, Path dataDir) {
        this.context = context;
        this.dataDir = dataDir;
        this.port = ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** Starts the application over {@code dataDir} with the four users. */
    public static WebServer start(Path dataDir) {
        return start(dataDir, Map.of());
    }

    /** As {@link #start(Path)}, with further configuration keys. */
    public static WebServer start(Path dataDir, Map<String, Object> properties) {
        // BCrypt strength 4 keeps each request's Basic login at about a millisecond in tests.
        var users = new UsersFile(dataDir.resolve("users.properties"), new BCryptPasswordEncoder(4));
        users.put(ANALYST, PASSWORD, EnumSet.of(Role.ANALYST));
        users.put(PROSECUTOR, PASSWORD, EnumSet.of(Role.PROSECUTOR));
        users.put(COMPLIANCE, PASSWORD, EnumSet.of(Role.COMPLIANCE));
        users.put(ADMIN, PASSWORD, EnumSet.of(Role.ADMIN));
        var all = new LinkedHashMap<String, Object>();
        all.put("flowtrace.data-dir", dataDir.toAbsolutePath().toString());
        all.put("server.port", 0);
        all.put("server.address", "127.0.0.1");
        all.put("flowtrace.ingest.quiet", true);
        all.putAll(properties);
        return new WebServer(ApplicationStarter.startWeb(all), dataDir);
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The address of a path (and query) on this server, e.g. {@code /api/v1/me}. */
    public URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port + pathAndQuery);
    }

    /** {@code GET} as {@code user}. */
    public HttpResponse<String> get(String user, String pathAndQuery) {
        return send(request(user, pathAndQuery).GET().build());
    }

    /** {@code POST} of a JSON body as {@code user}. */
    public HttpResponse<String> post(String user, String pathAndQuery, String json) {
        return send(request(user, pathAndQuery)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    /** Sends any request, e.g. one built from {@link #request(String, String)}. */
    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A request to this server with {@code user}'s Basic credentials and JSON accepted. */
    public HttpRequest.Builder request(String user, String pathAndQuery) {
        var credentials = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(uri(pathAndQuery))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + credentials)
                .header("Accept", "application/json, application/problem+json");
    }

    @Override
    public void close() {
        context.close();
    }
}
