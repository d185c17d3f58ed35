package org.flowtrace.api.web.injection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flowtrace.api.web.WebServer.ADMIN;
import static org.flowtrace.api.web.WebServer.ANALYST;
import static org.flowtrace.api.web.WebServer.COMPLIANCE;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.flowtrace.api.web.DemoServer;
import org.flowtrace.api.web.WebServer;
import org.flowtrace.graph.connection.GraphConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every parameter of every endpoint, one at a time, given Cypher, JSON and path-traversal payloads
 * (the others keep valid values): nothing executes (the graph is unchanged afterwards), nothing leaks
 * (no exception, query, stack trace, password hash or server file in any answer), and every refusal is
 * a problem detail.
 */
class InjectionIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What an attacker would send: Cypher, JSON operators, traversal, markup, odd numbers and bytes. */
    static final List<String> PAYLOADS = List.of(
            "' OR 1=1 //",
            "\"}) MATCH (n) DETACH DELETE n //",
            "`) CALL dbms.security.listUsers() //",
            "{\"$gt\": \"\"}",
            "../../../../etc/passwd",
            "..%2F..%2Fusers.properties",
            "\u0000",
            "<script>alert(1)</script>",
            "A".repeat(10_000),
            "99999999999999999999",
            "NaN");

    /** Text no answer may contain. */
    static final List<String> LEAKS = List.of(
            "Neo.ClientError",
            "Neo.DatabaseError",
            "Exception",
            "\tat ",
            "at org.",
            "MATCH (",
            "$2a$",
            "users.properties",
            "root:x:0:0",
            "<script>");

    private static WebServer server;
    private static long nodesBefore;
    private static long relationshipsBefore;

    /** An endpoint with valid values for its parameters: query parameters, path variables or JSON fields. */
    record Endpoint(String user, String method, String path, Map<String, String> query, Map<String, String> body) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static List<Endpoint> endpoints() {
        var wallet = DemoServer.RANSOM_WALLET;
        return List.of(
                get(ANALYST, "/api/v1/search", Map.of("q", "naga", "kind", "party", "page", "0", "size", "5")),
                get(ANALYST, "/api/v1/elements", Map.of("kind", "wallet", "key", wallet)),
                get(
                        ANALYST,
                        "/api/v1/elements/neighbours",
                        ordered(
                                "kind",
                                "wallet",
                                "key",
                                wallet,
                                "from",
                                "2026-01-01",
                                "to",
                                "2026-12-31",
                                "minUsd",
                                "10",
                                "limit",
                                "20")),
                get(ANALYST, "/api/v1/provenance", Map.of("kind", "wallet", "key", wallet)),
                get(
                        ANALYST,
                        "/api/v1/findings",
                        Map.of("typology", "RANSOM", "minScore", "0.5", "page", "0", "size", "5")),
                get(ANALYST, "/api/v1/findings/{key}", Map.of()),
                get(
                        ANALYST,
                        "/api/v1/traces",
                        ordered(
                                "from",
                                wallet,
                                "direction",
                                "forward",
                                "method",
                                "libr",
                                "maxHops",
                                "2",
                                "until",
                                "2026-12-31",
                                "format",
                                "json")),
                new Endpoint(
                        ANALYST,
                        "POST",
                        "/api/v1/restitution",
                        Map.of(),
                        ordered("transferId", "{transfer}", "method", "haircut", "until", "2026-12-31")),
                get(ANALYST, "/api/v1/cases/{key}", Map.of()),
                get(ANALYST, "/api/v1/cases/{key}/pack", Map.of("format", "json")),
                new Endpoint(
                        ANALYST,
                        "POST",
                        "/api/v1/cases",
                        Map.of(),
                        ordered("name", "injection-check", "key", wallet, "kind", "wallet", "method", "libr")),
                new Endpoint(
                        COMPLIANCE,
                        "POST",
                        "/api/v1/screening",
                        Map.of(),
                        ordered(
                                "name",
                                "Naga Garden",
                                "country",
                                "KH",
                                "dateOfBirth",
                                "1980",
                                "wallet",
                                wallet,
                                "registration",
                                "KH:00012345")),
                get(ANALYST, "/api/v1/ingest-runs", Map.of("page", "0", "size", "5")),
                get(ANALYST, "/api/v1/ingest-runs/{key}", Map.of()),
                get(ANALYST, "/api/v1/ingest-runs/{key}/rejects", Map.of("page", "0", "size", "5")),
                new Endpoint(
                        ANALYST,
                        "POST",
                        "/api/v1/ingest-runs",
                        Map.of(),
                        ordered("format", "goaml", "path", "reports/str.xml")),
                get(ADMIN, "/api/v1/audit", Map.of("page", "0", "size", "5")));
    }

    private static Endpoint get(String user, String path, Map<String, String> query) {
        return new Endpoint(user, "GET", path, query, Map.of());
    }

    private static Map<String, String> ordered(String... pairs) {
        var map = new LinkedHashMap<String, String>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    static Stream<Arguments> attacks() {
        var attacks = new ArrayList<Arguments>();
        for (var endpoint : endpoints()) {
            var places = new ArrayList<String>();
            endpoint.query().keySet().forEach(name -> places.add("query:" + name));
            endpoint.body().keySet().forEach(name -> places.add("body:" + name));
            if (endpoint.path().contains("{key}")) {
                places.add("path:key");
            }
            for (var place : places) {
                for (int i = 0; i < PAYLOADS.size(); i++) {
                    attacks.add(Arguments.of(endpoint, place, i));
                }
            }
        }
        return attacks.stream();
    }

    @BeforeAll
    static void count() {
        server = DemoServer.get();
        nodesBefore = count("MATCH (n) WHERE NOT n:Case RETURN count(n) AS c");
        relationshipsBefore = count("MATCH ()-[r]->() WHERE NOT type(r) = 'INCLUDES' RETURN count(r) AS c");
    }

    @AfterAll
    static void nothing_was_written_or_deleted() {
        assertThat(count("MATCH (n) WHERE NOT n:Case RETURN count(n) AS c")).isEqualTo(nodesBefore);
        assertThat(count("MATCH ()-[r]->() WHERE NOT type(r) = 'INCLUDES' RETURN count(r) AS c"))
                .isEqualTo(relationshipsBefore);
        assertThat(count("MATCH (c:Case) WHERE c.key STARTS WITH 'injection-check' RETURN count(c) AS c"))
                .as("no case was built around an injected key")
                .isZero();
    }

    private static long count(String cypher) {
        return server.bean(GraphConnection.class)
                .readQuery(cypher)
                .execute()
                .records()
                .getFirst()
                .get("c")
                .asLong();
    }

    @ParameterizedTest(name = "{0} {1} payload {2}")
    @MethodSource("attacks")
    void no_parameter_executes_or_leaks_anything(Endpoint endpoint, String place, int payloadIndex) {
        var payload = PAYLOADS.get(payloadIndex);
        var name = place.substring(place.indexOf(':') + 1);
        var path = endpoint.path().replace("{key}", place.equals("path:key") ? encode(payload) : "no-such-key");
        var query = new StringBuilder();
        endpoint.query()
                .forEach((key, value) -> query.append(query.isEmpty() ? "?" : "&")
                        .append(key)
                        .append('=')
                        .append(encode(place.equals("query:" + key) ? payload : value)));
        var request = server.request(endpoint.user(), path + query);
        if (endpoint.method().equals("POST")) {
            request.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            body(endpoint, place.startsWith("body:") ? name : null, payload)));
        }

        var response = server.send(request.build());

        assertThat(response.statusCode())
                .as("%s with %s = %s: %s", endpoint, place, abbreviate(payload), abbreviate(response.body()))
                .isIn(200, 201, 202, 400, 404);
        // The payload may be quoted back in an error ("unknown kind '…'"): that tells the sender nothing new.
        var quoted = JSON.writeValueAsString(payload);
        var answer = response.body()
                .replace(quoted.substring(1, quoted.length() - 1), "")
                .replace(payload, "");
        for (var leak : LEAKS) {
            assertThat(answer)
                    .as("%s with %s: the answer must not contain %s", endpoint, place, leak)
                    .doesNotContain(leak);
        }
        if (response.statusCode() >= 400) {
            assertThat(response.headers().firstValue("Content-Type"))
                    .as("%s with %s = %s: %s", endpoint, place, abbreviate(payload), abbreviate(response.body()))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        }
    }

    private static String body(Endpoint endpoint, String field, String payload) {
        ObjectNode json = JSON.createObjectNode();
        endpoint.body().forEach((key, value) -> {
            var text = key.equals(field) ? payload : value;
            if (endpoint.path().equals("/api/v1/restitution") && key.equals("transferId")) {
                json.putArray("victims")
                        .addObject()
                        .put("victim", "V1")
                        .put("name", "Victim")
                        .put("transferId", text);
            } else {
                json.put(key, text);
            }
        });
        return json.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
