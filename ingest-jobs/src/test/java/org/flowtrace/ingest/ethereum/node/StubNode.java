package org.flowtrace.ingest.ethereum.node;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JSON-RPC node on 127.0.0.1 that answers from a recorded chain ({@code recorded-chain.json}) and can
 * misbehave on purpose: answer the next requests with HTTP 429 or 5xx, drop the connection without an
 * answer, or answer one method with an error object.
 */
public final class StubNode implements AutoCloseable {

    /** What to do instead of answering one request. */
    public enum Fault {
        TOO_MANY_REQUESTS,
        SERVICE_UNAVAILABLE,
        DROP_CONNECTION
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final JsonNode chain;
    private final Queue<Fault> faults = new ConcurrentLinkedQueue<>();
    private final Map<String, JsonNode> errors = new ConcurrentHashMap<>();
    private final AtomicInteger faulted = new AtomicInteger();
    private volatile boolean alwaysTooMany;

    public StubNode() {
        try (var in = StubNode.class.getResourceAsStream("/fixtures/ethereum-node/recorded-chain.json")) {
            chain = JSON.readTree(in);
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/rpc";
    }

    /** The next requests meet these faults, one each, before answers resume. */
    public StubNode failNext(Fault... next) {
        faults.addAll(java.util.List.of(next));
        return this;
    }

    /** Every request is answered HTTP 429. */
    public StubNode alwaysTooManyRequests() {
        alwaysTooMany = true;
        return this;
    }

    /** {@code method} is answered with this JSON-RPC error object. */
    public StubNode error(String method, int code, String message) {
        errors.put(method, JSON.createObjectNode().put("code", code).put("message", message));
        return this;
    }

    public int faulted() {
        return faulted.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            var body = exchange.getRequestBody().readAllBytes();
            var fault = alwaysTooMany ? Fault.TOO_MANY_REQUESTS : faults.poll();
            if (fault != null) {
                faulted.incrementAndGet();
                switch (fault) {
                    case TOO_MANY_REQUESTS -> {
                        exchange.getResponseHeaders().add("Retry-After", "0");
                        send(exchange, 429, "{\"message\":\"rate limited\"}");
                    }
                    case SERVICE_UNAVAILABLE -> send(exchange, 503, "upstream unavailable");
                    case DROP_CONNECTION -> {
                        // close without an answer: the client sees the connection end
                    }
                }
                return;
            }
            var request = JSON.readTree(body);
            String answer;
            if (request.isArray()) {
                var answers = new ArrayList<JsonNode>();
                request.forEach(single -> answers.add(answer(single)));
                // answer a batch in reverse order: JSON-RPC allows any order, and ids must be matched
                java.util.Collections.reverse(answers);
                ArrayNode array = JSON.createArrayNode();
                answers.forEach(array::add);
                answer = JSON.writeValueAsString(array);
            } else {
                answer = JSON.writeValueAsString(answer(request));
            }
            send(exchange, 200, answer);
        }
    }

    private JsonNode answer(JsonNode request) {
        var method = request.path("method").asString();
        var params = request.path("params");
        ObjectNode response = JSON.createObjectNode().put("jsonrpc", "2.0");
        response.set("id", request.get("id"));
        var error = errors.get(method);
        if (error != null) {
            response.set("error", error);
            return response;
        }
        JsonNode result = switch (method) {
            case "eth_blockNumber" -> JSON.getNodeFactory().stringNode("0x10");
            case "eth_getBlockByNumber" ->
                chain.path("blocks").path(params.get(0).asString());
            case "eth_getTransactionReceipt" ->
                chain.path("receipts").path(params.get(0).asString());
            case "eth_getLogs" -> chain.path("logs");
            case "trace_block" -> chain.path("traces").path(params.get(0).asString());
            default -> null;
        };
        if (result == null) {
            response.set(
                    "error",
                    JSON.createObjectNode()
                            .put("code", -32601)
                            .put("message", "the method " + method + " does not exist/is not available"));
        } else {
            response.set("result", result.isMissingNode() ? JSON.nullNode() : result);
        }
        return response;
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
