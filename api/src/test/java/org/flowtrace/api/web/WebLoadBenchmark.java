package org.flowtrace.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import org.flowtrace.graph.connection.GraphConnection;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The web application under load over loopback: the demo case served in this JVM, {@code bench.clients}
 * browser-like clients logged in with the form (each its own cookie jar), half of them analysts opening
 * entity pages (the element, then its neighbourhood as the graph explorer asks for it), half compliance
 * officers screening counterparties (with the CSRF header). Each client sends its next request as soon as
 * the previous answer arrives (a closed loop without think time), for {@code bench.warmup} seconds not
 * counted and then {@code bench.seconds} measured. Run with
 *
 * <pre>./mvnw -B -Pbench -pl api -am verify -Dtest=WebLoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=none -Dfailsafe.failIfNoSpecifiedTests=false -Dflowtrace.browser.skip=true
 *   [-Dbench.clients=50] [-Dbench.seconds=60] [-Dbench.warmup=10] [-Dbench.seed=20261130]</pre>
 *
 * The figures go to stdout and {@code api/target/web-load-benchmark.md}. Nothing about speed is asserted;
 * the run fails only when no request was measured or more than 1 % of them failed (a status of 400 or more,
 * none being expected, or an exception).
 */
class WebLoadBenchmark {

    private static final int CLIENTS = Integer.getInteger("bench.clients", 50);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 60);
    private static final int WARMUP = Integer.getInteger("bench.warmup", 10);
    private static final long SEED = Long.getLong("bench.seed", 20261130L);

    /** Both limits are per client address, and every client here is 127.0.0.1: raised out of the way. */
    private static final int RATE_LIMIT = 1_000_000;

    private static final double MAX_ERROR_RATE = 0.01;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"");

    /** Every wallet, account and party of the demo, with a party's name. */
    private static final String ELEMENTS = """
            MATCH (n:Wallet) RETURN 'wallet' AS kind, n.key AS key, null AS name
            UNION ALL MATCH (n:Account) RETURN 'account' AS kind, n.key AS key, null AS name
            UNION ALL MATCH (n:Party) RETURN 'party' AS kind, n.key AS key, n.name AS name
            """;

    private static final String[] GIVEN = {
        "Minh", "Sophea", "Wei", "Somchai", "Aung", "Linh", "Dara", "Mei", "Anan", "Kyaw", "James", "Maria"
    };
    private static final String[] FAMILY = {
        "Nguyen", "Chan", "Li", "Srisuk", "Win", "Tran", "Sok", "Wong", "Chaiyaporn", "Htun", "Smith", "Garcia"
    };

    /** One element a page can open. */
    private record Element(String kind, String key) {}

    /** What the clients draw their requests from. */
    private record Workload(List<Element> elements, List<String> partyNames, List<String> wallets) {}

    @Test
    void web_application_under_load() throws Exception {
        var loadBefore = loadAverage();
        var startedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        try (var server = DemoServer.start(Map.of(
                "flowtrace.security.screenings-per-minute", RATE_LIMIT,
                "flowtrace.security.login-attempts-per-minute", RATE_LIMIT))) {
            var workload = workload(server.bean(GraphConnection.class));
            assertThat(workload.elements())
                    .as("the demo's wallets, accounts and parties")
                    .isNotEmpty();
            assertThat(workload.partyNames()).as("the demo's party names").isNotEmpty();

            var clients = new ArrayList<Client>();
            for (int i = 0; i < CLIENTS; i++) {
                var analyst = i % 2 == 0;
                clients.add(Client.logIn(
                        server, analyst ? WebServer.ANALYST : WebServer.COMPLIANCE, analyst, SEED + i, workload));
            }

            long warmupEnds = System.nanoTime() + Duration.ofSeconds(WARMUP).toNanos();
            long ends = warmupEnds + Duration.ofSeconds(SECONDS).toNanos();
            try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
                for (var client : clients) {
                    threads.submit(() -> client.run(warmupEnds, ends));
                }
            }
            var loadAfter = loadAverage();

            var results = merge(clients);
            var text = report(results, workload, startedAt, loadBefore, loadAfter);
            System.out.println(text);
            Files.writeString(Path.of("target/web-load-benchmark.md"), text);

            long requests =
                    results.values().stream().mapToLong(r -> r.latencies.size()).sum();
            long errors = results.values().stream().mapToLong(r -> r.errors).sum();
            assertThat(requests).as("requests measured").isPositive();
            assertThat((double) errors / requests)
                    .as("share of failed requests (%d of %d): %s", errors, requests, failures(results))
                    .isLessThanOrEqualTo(MAX_ERROR_RATE);
        }
    }

    /** The keys and names the clients request, read from the demo's graph. */
    private static Workload workload(GraphConnection graph) {
        var elements = new ArrayList<Element>();
        var names = new ArrayList<String>();
        var wallets = new ArrayList<String>();
        for (var row : graph.readQuery(ELEMENTS).execute().records()) {
            var element = new Element(row.get("kind").asString(), row.get("key").asString());
            elements.add(element);
            if (element.kind().equals("wallet")) {
                wallets.add(element.key());
            }
            if (!row.get("name").isNull() && !row.get("name").asString().isBlank()) {
                names.add(row.get("name").asString());
            }
        }
        return new Workload(List.copyOf(elements), List.copyOf(names), List.copyOf(wallets));
    }

    /**
     * One logged-in browser: its cookie jar (the session and the {@code XSRF-TOKEN} cookie), what it does,
     * and what it measured, per endpoint. Used by one thread only.
     */
    private static final class Client {

        private final WebServer server;
        private final HttpClient http;
        private final CookieManager cookies;
        private final boolean analyst;
        private final SplittableRandom random;
        private final Workload workload;
        private final Map<String, Endpoint> measured = new TreeMap<>();

        private Client(
                WebServer server,
                HttpClient http,
                CookieManager cookies,
                boolean analyst,
                SplittableRandom random,
                Workload workload) {
            this.server = server;
            this.http = http;
            this.cookies = cookies;
            this.analyst = analyst;
            this.random = random;
            this.workload = workload;
        }

        /** A new browser logged in as {@code user} with the login form. */
        static Client logIn(WebServer server, String user, boolean analyst, long seed, Workload workload)
                throws IOException, InterruptedException {
            var cookies = new CookieManager();
            var http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .cookieHandler(cookies)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            var page = http.send(
                    HttpRequest.newBuilder(server.uri("/login")).build(), HttpResponse.BodyHandlers.ofString());
            var matcher = CSRF_FIELD.matcher(page.body());
            assertThat(matcher.find()).as("the login page carries a CSRF token").isTrue();
            var form = "username=" + user + "&password=" + URLEncoder.encode(WebServer.PASSWORD, StandardCharsets.UTF_8)
                    + "&_csrf=" + URLEncoder.encode(matcher.group(1), StandardCharsets.UTF_8);
            var login = http.send(
                    HttpRequest.newBuilder(server.uri("/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(login.statusCode()).as("login of " + user).isEqualTo(302);
            assertThat(login.headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
            return new Client(server, http, cookies, analyst, new SplittableRandom(seed), workload);
        }

        /** Sends requests until {@code ends} ({@link System#nanoTime()}), recording those begun after warm-up. */
        void run(long warmupEnds, long ends) {
            while (System.nanoTime() < ends) {
                if (analyst) {
                    var element = pick(workload.elements());
                    var query = "kind=" + element.kind() + "&key="
                            + URLEncoder.encode(element.key(), StandardCharsets.UTF_8);
                    send("GET /api/v1/elements", get("/api/v1/elements?" + query), warmupEnds);
                    send(
                            "GET /api/v1/elements/neighbours",
                            get("/api/v1/elements/neighbours?" + query + "&limit=50"),
                            warmupEnds);
                } else {
                    send("POST /api/v1/screening", screening(), warmupEnds);
                }
            }
        }

        private HttpRequest get(String pathAndQuery) {
            return HttpRequest.newBuilder(server.uri(pathAndQuery))
                    .timeout(Duration.ofSeconds(60))
                    .header("Accept", "application/json, application/problem+json")
                    .GET()
                    .build();
        }

        /**
         * A screening as the page sends it: half the time a party name of the demo, otherwise a made-up
         * name; one request in five also gives a wallet of the demo.
         */
        private HttpRequest screening() {
            var name = random.nextInt(2) == 0
                    ? pick(workload.partyNames())
                    : GIVEN[random.nextInt(GIVEN.length)] + " " + FAMILY[random.nextInt(FAMILY.length)];
            var fields = new LinkedHashMap<String, String>();
            fields.put("name", name);
            if (random.nextInt(5) == 0 && !workload.wallets().isEmpty()) {
                fields.put("wallet", pick(workload.wallets()));
            }
            var body = JSON.writeValueAsString(fields);
            return HttpRequest.newBuilder(server.uri("/api/v1/screening"))
                    .timeout(Duration.ofSeconds(60))
                    .header("Accept", "application/json, application/problem+json")
                    .header("Content-Type", "application/json")
                    .header("X-XSRF-TOKEN", xsrfToken())
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
        }

        private String xsrfToken() {
            return cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals("XSRF-TOKEN"))
                    .map(HttpCookie::getValue)
                    .findFirst()
                    .orElse("");
        }

        private void send(String endpoint, HttpRequest request, long warmupEnds) {
            long started = System.nanoTime();
            int status;
            try {
                status = http.send(request, HttpResponse.BodyHandlers.ofByteArray())
                        .statusCode();
            } catch (IOException e) {
                status = -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            long nanos = System.nanoTime() - started;
            if (started >= warmupEnds) {
                measured.computeIfAbsent(endpoint, e -> new Endpoint()).record(nanos, status);
            }
        }

        private <T> T pick(List<T> from) {
            return from.get(random.nextInt(from.size()));
        }
    }

    /** What one or all clients measured for one endpoint: latencies in nanoseconds, failures by status. */
    private static final class Endpoint {
        final LongList latencies = new LongList();
        final Map<Integer, Long> failures = new TreeMap<>();
        long errors;

        void record(long nanos, int status) {
            latencies.add(nanos);
            if (status < 200 || status >= 400) {
                errors++;
                failures.merge(status, 1L, Long::sum);
            }
        }

        void addAll(Endpoint other) {
            latencies.addAll(other.latencies);
            errors += other.errors;
            other.failures.forEach((status, count) -> failures.merge(status, count, Long::sum));
        }
    }

    /** A growing array of longs (a latency per request, without boxing). */
    private static final class LongList {
        private long[] values = new long[1024];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        void addAll(LongList other) {
            for (int i = 0; i < other.size; i++) {
                add(other.values[i]);
            }
        }

        int size() {
            return size;
        }

        long[] sorted() {
            var copy = Arrays.copyOf(values, size);
            Arrays.sort(copy);
            return copy;
        }
    }

    private static Map<String, Endpoint> merge(List<Client> clients) {
        var all = new TreeMap<String, Endpoint>();
        for (var client : clients) {
            client.measured.forEach((name, endpoint) ->
                    all.computeIfAbsent(name, n -> new Endpoint()).addAll(endpoint));
        }
        return all;
    }

    private static String report(
            Map<String, Endpoint> results, Workload workload, Instant startedAt, String loadBefore, String loadAfter) {
        var table = new StringBuilder(
                "| endpoint | requests | errors | req/s | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) |\n"
                        + "|---|---:|---:|---:|---:|---:|---:|---:|\n");
        var total = new Endpoint();
        results.forEach((name, endpoint) -> {
            table.append(row(name, endpoint));
            total.addAll(endpoint);
        });
        table.append(row("all", total));
        return """
                ## Web application under load

                - Date: %s (UTC, start of the run); commit %s.
                - Machine: %d cores, max heap %d MiB, Java %s (%s).
                - Load average (`uptime`) before: %s; after: %s.
                - Run: %d clients logged in with the form (%d analysts opening an element and its neighbours, \
                %d compliance users screening), closed loop without think time, %d s warm-up not counted, \
                %d s measured; server and clients in one JVM over loopback.
                - Demo data requested: %d wallets, accounts and parties; %d party names; %d wallets.
                - Rate limits on screening and login raised to %,d a minute: they are per client address, and \
                every client here is 127.0.0.1.
                - Failures by status (-1: no answer): %s.

                %s""".formatted(
                        startedAt,
                        commit(),
                        Runtime.getRuntime().availableProcessors(),
                        Runtime.getRuntime().maxMemory() >> 20,
                        Runtime.version(),
                        System.getProperty("java.vm.vendor"),
                        loadBefore,
                        loadAfter,
                        CLIENTS,
                        (CLIENTS + 1) / 2,
                        CLIENTS / 2,
                        WARMUP,
                        SECONDS,
                        workload.elements().size(),
                        workload.partyNames().size(),
                        workload.wallets().size(),
                        RATE_LIMIT,
                        failures(results),
                        table);
    }

    private static String row(String name, Endpoint endpoint) {
        var sorted = endpoint.latencies.sorted();
        if (sorted.length == 0) {
            return "| %s | 0 | %d | 0 | | | | |%n".formatted(name, endpoint.errors);
        }
        return "| %s | %,d | %,d | %,.1f | %,.1f | %,.1f | %,.1f | %,.1f |%n"
                .formatted(
                        name,
                        sorted.length,
                        endpoint.errors,
                        (double) sorted.length / SECONDS,
                        millis(percentile(sorted, 0.50)),
                        millis(percentile(sorted, 0.95)),
                        millis(percentile(sorted, 0.99)),
                        millis(sorted[sorted.length - 1]));
    }

    private static String failures(Map<String, Endpoint> results) {
        var lines = new ArrayList<String>();
        results.forEach((name, endpoint) -> {
            if (!endpoint.failures.isEmpty()) {
                lines.add(name + " " + endpoint.failures);
            }
        });
        return lines.isEmpty() ? "none" : String.join("; ", lines);
    }

    /** The nearest-rank percentile of sorted values. */
    private static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    /** The commit checked out, as {@code git rev-parse --short HEAD} prints it. */
    private static String commit() {
        try {
            var process = new ProcessBuilder("git", "rev-parse", "--short", "HEAD")
                    .redirectErrorStream(true)
                    .start();
            var out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return process.waitFor() == 0 ? out : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    /** The load averages {@code uptime} prints (1, 5, 15 minutes), or {@code /proc/loadavg}. */
    private static String loadAverage() {
        try {
            var process = new ProcessBuilder("uptime").redirectErrorStream(true).start();
            var out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            process.waitFor();
            int at = out.indexOf("load average");
            if (at >= 0) {
                return out.substring(at + "load average".length()).replaceFirst("^s?:\\s*", "");
            }
        } catch (IOException e) {
            // no uptime on this machine: fall through to /proc
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            return String.join(
                    ", ",
                    Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
        } catch (IOException e) {
            return "unknown";
        }
    }
}
