package org.flowtrace.api.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flowtrace.api.web.WebServer.ADMIN;
import static org.flowtrace.api.web.WebServer.ANALYST;
import static org.flowtrace.api.web.WebServer.COMPLIANCE;
import static org.flowtrace.api.web.WebServer.PROSECUTOR;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.flowtrace.api.web.DemoServer;
import org.flowtrace.api.web.WebServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every endpoint of docs/api.md, for every role and for no login: allowed with the answer it should
 * give on the demo case, or refused with 403 (401 without credentials) as a problem detail.
 */
class AccessRulesIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> USERS = List.of(ANALYST, PROSECUTOR, COMPLIANCE, ADMIN);
    private static final String WALLET = "kind=wallet&key=" + encode(DemoServer.RANSOM_WALLET);

    private static WebServer server;
    private static String findingKey;
    private static String runId;
    private static String victimTransfer;

    @BeforeAll
    static void demo() {
        server = DemoServer.get();
        findingKey = JSON.readTree(
                        server.get(ANALYST, "/api/v1/findings?size=1").body())
                .get("items")
                .get(0)
                .get("key")
                .asString();
        runId = JSON.readTree(server.get(ANALYST, "/api/v1/ingest-runs?size=1").body())
                .get("items")
                .get(0)
                .get("runId")
                .asString();
        victimTransfer = JSON.readTree(server.get(
                                ANALYST,
                                "/api/v1/traces?from=" + encode(DemoServer.RANSOM_WALLET)
                                        + "&direction=forward&method=poison&maxHops=1")
                        .body())
                .get("hops")
                .get(0)
                .get("transfer")
                .asString();
    }

    /** One row of the table: a request, the users allowed, and the status they get. */
    record Rule(String method, String path, String body, Set<String> allowed, Set<Integer> okStatus) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static Stream<Arguments> rules() {
        var all = Set.copyOf(USERS);
        var ok = Set.of(200);
        return Stream.of(
                        rule("GET", "/api/v1/me", all, ok),
                        rule("GET", "/api/v1/search?q=naga", Set.of(ANALYST), ok),
                        rule("GET", "/api/v1/elements?" + WALLET, Set.of(ANALYST, PROSECUTOR), ok),
                        rule("GET", "/api/v1/elements/neighbours?" + WALLET, Set.of(ANALYST), ok),
                        rule("GET", "/api/v1/provenance?" + WALLET, Set.of(ANALYST, PROSECUTOR), ok),
                        rule("GET", "/api/v1/findings", Set.of(ANALYST), ok),
                        rule("GET", "/api/v1/findings/{finding}", Set.of(ANALYST), ok),
                        rule(
                                "GET",
                                "/api/v1/traces?from=" + encode(DemoServer.RANSOM_WALLET) + "&method=libr&maxHops=2",
                                Set.of(ANALYST, PROSECUTOR),
                                ok),
                        rule(
                                "GET",
                                "/api/v1/traces?from=" + encode(DemoServer.RANSOM_WALLET)
                                        + "&method=libr&maxHops=2&format=csv",
                                Set.of(ANALYST, PROSECUTOR),
                                ok),
                        new Rule(
                                "POST",
                                "/api/v1/restitution",
                                "{\"victims\":[{\"victim\":\"V1\",\"name\":\"Victim one\",\"transferId\":\"{transfer}\"}],"
                                        + "\"method\":\"libr\",\"maxHops\":3}",
                                Set.of(ANALYST, PROSECUTOR),
                                ok),
                        rule("GET", "/api/v1/cases", Set.of(ANALYST, PROSECUTOR), ok),
                        new Rule(
                                "POST",
                                "/api/v1/cases",
                                "{\"name\":\"access-rules\",\"kind\":\"wallet\",\"key\":\"" + DemoServer.RANSOM_WALLET
                                        + "\"}",
                                Set.of(ANALYST),
                                Set.of(201)),
                        rule("GET", "/api/v1/cases/" + DemoServer.CASE, Set.of(ANALYST, PROSECUTOR), ok),
                        rule(
                                "GET",
                                "/api/v1/cases/" + DemoServer.CASE + "/pack?format=json",
                                Set.of(ANALYST, PROSECUTOR),
                                ok),
                        new Rule(
                                "POST",
                                "/api/v1/screening",
                                "{\"name\":\"Naga Garden Development\"}",
                                Set.of(COMPLIANCE, ANALYST),
                                ok),
                        rule("GET", "/api/v1/ingest-runs", Set.of(ANALYST, ADMIN), ok),
                        rule("GET", "/api/v1/ingest-runs/{run}", Set.of(ANALYST, ADMIN), ok),
                        rule("GET", "/api/v1/ingest-runs/{run}/rejects", Set.of(ANALYST), Set.of(200, 404)),
                        new Rule(
                                "POST",
                                "/api/v1/ingest-runs",
                                "{\"format\":\"goaml\",\"path\":\"no-such-file.xml\"}",
                                Set.of(ANALYST),
                                Set.of(400)),
                        rule("GET", "/api/v1/audit", Set.of(ADMIN), ok),
                        rule("GET", "/api/v1/audit/verify", Set.of(ADMIN), ok),
                        rule("GET", "/v3/api-docs", all, ok),
                        rule("GET", "/api/v1/no-such-endpoint", Set.of(), ok),
                        rule("DELETE", "/api/v1/cases/" + DemoServer.CASE, Set.of(), ok))
                .flatMap(rule -> Stream.concat(
                        USERS.stream().map(user -> Arguments.of(rule, user)), Stream.of(Arguments.of(rule, null))));
    }

    private static Rule rule(String method, String path, Set<String> allowed, Set<Integer> ok) {
        return new Rule(method, path, "", allowed, ok);
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("rules")
    void every_endpoint_is_allowed_or_refused_per_role(Rule rule, String user) {
        var path = rule.path().replace("{finding}", encode(findingKey)).replace("{run}", encode(runId));
        var body = rule.body().replace("{transfer}", victimTransfer);
        var request = user == null
                ? HttpRequest.newBuilder(server.uri(path)).header("Accept", "application/json")
                : server.request(user, path);
        if (!body.isEmpty()) {
            request.header("Content-Type", "application/json");
        }
        var response = server.send(request.method(
                        rule.method(),
                        body.isEmpty()
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body))
                .build());

        if (user == null) {
            assertThat(response.statusCode()).as("without credentials").isEqualTo(401);
        } else if (rule.allowed().contains(user)) {
            assertThat(response.statusCode())
                    .as("%s may use %s; answer: %s", user, rule, response.body())
                    .isIn(rule.okStatus());
        } else {
            assertThat(response.statusCode())
                    .as("%s may not use %s", user, rule)
                    .isEqualTo(403);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            var problem = JSON.readTree(response.body());
            assertThat(problem.propertyNames())
                    .as("a refusal says nothing but that it is one")
                    .containsExactlyInAnyOrder("type", "title", "status", "detail", "instance");
            assertThat(problem.get("detail").asString()).isEqualTo("Your role may not use this endpoint.");
        }
    }

    @Test
    void compliance_screening_answers_hold_no_str_derived_data() {
        var answer = server.post(COMPLIANCE, "/api/v1/screening", "{\"name\":\"Naga Garden Development\"}");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(answer.body()).get("level").asString()).isEqualTo("HIGH");
        assertThat(answer.body())
                .as("screening reads public sources only: no goAML report, ledger or statement")
                .doesNotContain("goaml", "STR", "ledger", "camt");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
