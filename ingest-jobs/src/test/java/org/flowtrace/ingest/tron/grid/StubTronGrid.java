package org.flowtrace.ingest.tron.grid;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.json.JsonMapper;

/**
 * A TronGrid on 127.0.0.1 serving recorded pages ({@code fixtures/tron-api}): the account history in
 * three pages chained by fingerprint, the contract events in one, and {@code eth_getLogs} on
 * {@code /jsonrpc}. It can answer the first requests with
 * HTTP 429, or every request with a TronGrid error page; it keeps the fingerprints it was asked for.
 */
final class StubTronGrid implements AutoCloseable {

    /** TRON's documented {@code eth_getLogs} answer (Nile testnet), in the shared reference data. */
    static final Path NILE_LOGS =
            Path.of("../../shared/reference-data/tron/tron-jsonrpc-docs/nile_eth_getLogs_response.json");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final List<String> fingerprints = new CopyOnWriteArrayList<>();
    private final AtomicInteger tooManyRequests = new AtomicInteger();
    private volatile boolean errorPage;

    StubTronGrid() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next {@code count} requests are answered HTTP 429. */
    StubTronGrid rateLimitNext(int count) {
        tooManyRequests.set(count);
        return this;
    }

    /** Every request is answered with TronGrid's error page. */
    StubTronGrid errorPage() {
        errorPage = true;
        return this;
    }

    /** The fingerprints asked for, in order ({@code ""} for a first page). */
    List<String> fingerprints() {
        return List.copyOf(fingerprints);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (tooManyRequests.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                send(exchange, 429, "{\"Error\":\"request rate exceeded\"}");
                return;
            }
            if (errorPage) {
                send(exchange, 200, "{\"success\":false,\"error\":\"invalid address\",\"statusCode\":400}");
                return;
            }
            var path = exchange.getRequestURI().getPath();
            if (path.equals("/jsonrpc")) {
                send(exchange, 200, jsonRpc(exchange.getRequestBody().readAllBytes()));
                return;
            }
            var fingerprint = fingerprint(exchange.getRequestURI().getRawQuery());
            fingerprints.add(fingerprint);
            String fixture;
            if (path.equals("/v1/accounts/TCp7NFtWS3cXo7LwH6TvsyYxb3DziwEdxY/transactions/trc20")) {
                fixture = switch (fingerprint) {
                    case "" -> "/fixtures/tron-api/history-page-1.json";
                    case "fp-page-2" -> "/fixtures/tron-api/history-page-2.json";
                    case "fp-page-3" -> "/fixtures/tron-api/history-page-3.json";
                    default -> null;
                };
            } else if (path.equals("/v1/contracts/TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t/events")) {
                fixture = "/fixtures/tron/good/usdt-events.json";
            } else {
                fixture = null;
            }
            if (fixture == null) {
                send(exchange, 404, "{\"success\":false,\"error\":\"not found\"}");
                return;
            }
            try (var in = StubTronGrid.class.getResourceAsStream(fixture)) {
                send(exchange, 200, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }

    /**
     * {@code eth_getLogs}: the recorded USDT Transfer log of block 0x393870a
     * ({@code fixtures/tron/good/jsonrpc-logs.json}) or the Nile testnet log of block 0x3fe1ca0 from
     * the shared reference data, for the ranges that hold them.
     */
    private static String jsonRpc(byte[] body) throws IOException {
        var request = JSON.readTree(body);
        var filter = request.path("params").get(0);
        long from = Long.decode(filter.path("fromBlock").asString());
        long to = Long.decode(filter.path("toBlock").asString());
        var logs = JSON.createArrayNode();
        for (var recorded : List.of(Path.of("src/test/resources/fixtures/tron/good/jsonrpc-logs.json"), NILE_LOGS)) {
            if (!Files.exists(recorded)) {
                continue;
            }
            for (var log : JSON.readTree(Files.readAllBytes(recorded)).path("result")) {
                long block = Long.decode(log.path("blockNumber").asString());
                if (block >= from && block <= to) {
                    logs.add(log);
                }
            }
        }
        var answer = JSON.createObjectNode().put("jsonrpc", "2.0");
        answer.set("id", request.get("id"));
        answer.set("result", logs);
        return JSON.writeValueAsString(answer);
    }

    private static String fingerprint(String query) {
        if (query == null) {
            return "";
        }
        for (var parameter : query.split("&")) {
            if (parameter.startsWith("fingerprint=")) {
                return URLDecoder.decode(parameter.substring("fingerprint=".length()), StandardCharsets.UTF_8);
            }
        }
        return "";
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        var bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
