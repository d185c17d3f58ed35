package org.flowtrace.api.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.SimpleFileServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The web pages load and work in a real browser, without the application: the static folder is
 * served by the JDK's file server on a loopback port, with the REST answers the pages ask for as
 * fixture files beside it ({@code fixtures/web/}), and with the strict Content-Security-Policy the
 * application sends, so an inline script, handler or style would show as a console error.
 */
class StaticPagesBrowserIT {

    /** As strict as the application's: nothing inline, nothing from elsewhere. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path site;

    private HttpServer server;

    @BeforeAll
    static void browser_is_installed() {
        assumeTrue(HeadlessChromium.installed(), "Debian's chromium and chromium-driver (.ci/install-browser.sh)");
    }

    @AfterEach
    void stop_server() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void index_page_loads_without_console_errors_and_shows_an_analyst_the_investigative_pages() {
        var base = serve(Map.of("api/v1/me", "me-analyst.json"));
        try (var chromium = HeadlessChromium.start()) {
            var driver = chromium.driver();
            driver.get(base);
            chromium.waiting(WAIT).until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
            var nav = driver.findElements(By.cssSelector("#nav a")).stream()
                    .map(WebElement::getText)
                    .toList();
            chromium.waiting(WAIT)
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=search-input]")));
            chromium.screenshot("index-analyst");

            assertThat(nav).contains("Search", "Findings", "Cases", "Graph", "Traces", "Screening");
            assertThat(nav).doesNotContain("Audit log");
            assertThat(driver.findElement(By.cssSelector("[data-test=user]")).getText())
                    .isEqualTo("ana");
            assertThat(driver.getCurrentUrl()).endsWith("#/search");
            assertThat(chromium.consoleErrors()).isEmpty();
        }
    }

    @Test
    void a_compliance_officer_sees_only_screening() {
        var base = serve(Map.of("api/v1/me", "me-compliance.json"));
        try (var chromium = HeadlessChromium.start()) {
            var driver = chromium.driver();
            driver.get(base + "#/search?q=chen");
            chromium.waiting(WAIT).until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
            var nav = driver.findElements(By.cssSelector("#nav a")).stream()
                    .map(WebElement::getText)
                    .toList();

            assertThat(nav).containsExactly("Screening");
            assertThat(driver.findElement(By.cssSelector("[data-test=forbidden]"))
                            .isDisplayed())
                    .isTrue();
            assertThat(chromium.consoleErrors()).isEmpty();
        }
    }

    @Test
    void the_graph_explorer_draws_the_neighbours_with_cytoscape_under_the_strict_policy() {
        var base = serve(Map.of("api/v1/me", "me-analyst.json", "api/v1/elements/neighbours", "neighbours.json"));
        try (var chromium = HeadlessChromium.start()) {
            var driver = chromium.driver();
            driver.get(base + "#/graph/wallet/TRON%3ATEr3UtVtUTuTcjowbUuDreACvxy4P3xget");
            chromium.waiting(WAIT)
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.cssSelector("[data-test=graph-status]"), "4 nodes, 3 edges"));
            chromium.waiting(WAIT)
                    .until(ExpectedConditions.presenceOfElementLocated(
                            By.cssSelector("[data-test=graph-canvas] canvas")));
            chromium.screenshot("graph-explorer");

            assertThat(chromium.consoleErrors()).isEmpty();
        }
    }

    @Test
    void a_trace_shows_its_hops_and_a_sankey_picture() {
        var base = serve(Map.of("api/v1/me", "me-analyst.json", "api/v1/traces", "trace.json"));
        try (var chromium = HeadlessChromium.start()) {
            var driver = chromium.driver();
            driver.get(base + "#/trace");
            chromium.waiting(WAIT)
                    .until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-test=trace-submit]")));
            driver.findElement(By.cssSelector("[data-test=trace-from]")).sendKeys("ZMKBKHPP:001220301");
            driver.findElement(By.cssSelector("[data-test=trace-submit]")).click();
            chromium.waiting(WAIT)
                    .until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[data-test=trace-hop]"), 3));
            chromium.screenshot("trace");

            assertThat(driver.findElements(By.cssSelector("[data-test=trace-sankey] path")))
                    .hasSize(3);
            assertThat(driver.getCurrentUrl()).contains("#/trace?from=ZMKBKHPP%3A001220301");
            assertThat(chromium.consoleErrors()).isEmpty();
        }
    }

    @Test
    void an_element_page_shows_its_provenance_and_the_possible_victim_banner() {
        var base = serve(Map.of("api/v1/me", "me-analyst.json", "api/v1/elements", "element-victim.json"));
        try (var chromium = HeadlessChromium.start()) {
            var driver = chromium.driver();
            driver.get(base + "#/element/account/ZMKBKHPP%3A001220301");
            chromium.waiting(WAIT)
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=victim-banner]")));
            chromium.screenshot("element-victim");

            assertThat(driver.findElement(By.cssSelector("[data-test=victim-banner]"))
                            .getText())
                    .contains("Possible victim of trafficking — do not treat as a suspect");
            assertThat(driver.findElements(By.cssSelector("[data-test=provenance-row]")))
                    .hasSize(2);
            assertThat(driver.findElement(By.cssSelector("[data-test=provenance-table]"))
                            .getText())
                    .contains("goaml", "3f1c2a9e");
            assertThat(driver.findElements(By.cssSelector("[data-test=finding-row]")))
                    .hasSize(1);
            assertThat(chromium.consoleErrors()).isEmpty();
        }
    }

    @Test
    void a_refused_request_is_shown_as_a_problem() {
        // The file server answers POST with 405: the page shows it as a problem, not a blank.
        var base = serve(Map.of("api/v1/me", "me-compliance.json"));
        try (var chromium = HeadlessChromium.start()) {
            var driver = chromium.driver();
            driver.get(base + "#/screening");
            chromium.waiting(WAIT)
                    .until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-test=screening-name]")));
            driver.findElement(By.cssSelector("[data-test=screening-name]")).sendKeys("Chen Guohao");
            driver.findElement(By.cssSelector("[data-test=screening-submit]")).click();
            chromium.waiting(WAIT)
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test=problem]")));

            assertThat(driver.findElement(By.cssSelector("[data-test=problem]")).getText())
                    .contains("405");
            assertThat(chromium.consoleErrors()).allMatch(message -> message.contains("405"));
        }
    }

    /** Copies the static pages and the fixtures (path on the site → fixture file) and serves them. */
    private String serve(Map<String, String> answers) {
        try {
            copyTree(staticFolder(), site);
            for (var answer : answers.entrySet()) {
                var target = site.resolve(answer.getKey());
                Files.createDirectories(target.getParent());
                try (var in = StaticPagesBrowserIT.class.getResourceAsStream("/fixtures/web/" + answer.getValue())) {
                    Files.copy(in, target);
                }
            }
            var csp = Filter.beforeHandler(
                    "Content-Security-Policy",
                    exchange -> exchange.getResponseHeaders().set("Content-Security-Policy", CSP));
            server = HttpServer.create(
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                    16,
                    "/",
                    SimpleFileServer.createFileHandler(site.toAbsolutePath()),
                    csp);
            server.start();
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path staticFolder() {
        try {
            return Path.of(StaticPagesBrowserIT.class
                            .getResource("/static/index.html")
                            .toURI())
                    .getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (var path : (Iterable<Path>) paths::iterator) {
                var target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
