package org.flowtrace.api.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flowtrace.api.web.WebServer.ADMIN;
import static org.flowtrace.api.web.WebServer.ANALYST;
import static org.flowtrace.api.web.WebServer.PASSWORD;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.flowtrace.api.web.WebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * The browser side of security on a server of its own (with low rate limits): form login with a
 * session, CSRF tokens, security headers, rate limits on login and screening, and the audit log.
 */
class WebSecurityIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"");

    @TempDir
    static Path dataDir;

    private static WebServer server;

    @BeforeAll
    static void start() {
        server = WebServer.start(
                dataDir,
                Map.of(
                        "flowtrace.security.login-attempts-per-minute", 4,
                        "flowtrace.security.screenings-per-minute", 3));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** A browser: a cookie jar and no credentials of its own. */
    private record Browser(HttpClient http, CookieManager cookies) {
        static Browser open() {
            var cookies = new CookieManager();
            return new Browser(HttpClient.newBuilder().cookieHandler(cookies).build(), cookies);
        }

        String cookie(String name) {
            return cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals(name))
                    .map(HttpCookie::getValue)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no cookie " + name));
        }

        HttpResponse<String> send(HttpRequest request) throws Exception {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    private static HttpResponse<String> logIn(Browser browser, String user, String password) throws Exception {
        var page = browser.send(HttpRequest.newBuilder(server.uri("/login")).build());
        var matcher = CSRF_FIELD.matcher(page.body());
        assertThat(matcher.find()).as("the login page carries a CSRF token").isTrue();
        var form = "username=" + user + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(matcher.group(1), StandardCharsets.UTF_8);
        return browser.send(HttpRequest.newBuilder(server.uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    @Test
    void a_logged_in_page_must_send_the_csrf_token_to_change_anything() throws Exception {
        var browser = Browser.open();
        var login = logIn(browser, ANALYST, PASSWORD);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));

        var me = browser.send(HttpRequest.newBuilder(server.uri("/api/v1/me")).build());
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(me.body()).get("user").asString()).isEqualTo(ANALYST);

        var screening = HttpRequest.newBuilder(server.uri("/api/v1/screening"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Someone\"}"));
        assertThat(browser.send(screening.build()).statusCode())
                .as("a cross-site form could send this: refused without the token")
                .isEqualTo(403);
        assertThat(browser.send(screening
                                .header("X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN"))
                                .build())
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void a_wrong_password_does_not_log_in() throws Exception {
        var login = logIn(Browser.open(), ADMIN, "not the password");

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/login?error"));
    }

    @Test
    void pages_carry_the_security_headers() throws Exception {
        var page =
                Browser.open().send(HttpRequest.newBuilder(server.uri("/login")).build());

        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp)
                        .contains(
                                "default-src 'self'",
                                "script-src 'self'",
                                "frame-ancestors 'none'",
                                "object-src 'none'"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(page.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(c -> assertThat(c).contains("no-store"));
    }

    @Test
    void logins_and_screenings_over_the_limit_get_429_with_retry_after() throws Exception {
        var limited = 0;
        for (int i = 0; i < 6; i++) {
            var login = logIn(Browser.open(), "nobody", "guess number " + i);
            if (login.statusCode() == 429) {
                limited++;
                assertThat(login.headers().firstValue("Retry-After")).hasValue("60");
                assertThat(login.headers().firstValue("Content-Type"))
                        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            }
        }
        assertThat(limited).as("4 login attempts a minute, then 429").isGreaterThanOrEqualTo(2);

        int screened = 0;
        int refused = 0;
        for (int i = 0; i < 5; i++) {
            var answer = server.post(ANALYST, "/api/v1/screening", "{\"name\":\"Someone " + i + "\"}");
            if (answer.statusCode() == 200) {
                screened++;
            } else if (answer.statusCode() == 429) {
                refused++;
            }
        }
        assertThat(screened).isLessThanOrEqualTo(3);
        assertThat(refused).isGreaterThanOrEqualTo(2);
    }

    @Test
    void reads_and_refusals_are_in_the_audit_log_whose_chain_holds() throws Exception {
        server.get(ANALYST, "/api/v1/elements?kind=wallet&key=TRON:TAuditTrailWallet");
        server.get(ADMIN, "/api/v1/search?q=anything");

        var log = JSON.readTree(server.get(ADMIN, "/api/v1/audit?size=100").body())
                .get("items");
        var lines = new java.util.ArrayList<String>();
        log.forEach(entry -> lines.add(entry.get("user").asString() + " "
                + entry.get("action").asString() + " " + entry.get("path").asString() + " "
                + entry.get("status").asInt()));
        assertThat(lines).contains("analyst read /api/v1/elements 404", "admin read /api/v1/search 403");
        assertThat(log.get(0).get("client").asString()).isEqualTo("127.0.0.1");

        var check = JSON.readTree(server.get(ADMIN, "/api/v1/audit/verify").body());
        assertThat(check.get("intact").asBoolean()).isTrue();
        assertThat(server.get(ANALYST, "/api/v1/audit").statusCode()).isEqualTo(403);
    }
}
