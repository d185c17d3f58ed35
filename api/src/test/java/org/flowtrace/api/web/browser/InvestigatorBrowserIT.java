package org.flowtrace.api.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.flowtrace.api.web.DemoServer;
import org.flowtrace.api.web.WebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An analyst's session in a real headless Chromium against {@code serve} over the demo case: log in,
 * search, open the wallet's page and the graph, expand a node, open a finding, run a trace, download the
 * case pack. Screenshots go to {@code api/target/browser-screenshots/}; the browser's console must stay
 * free of errors (scripts, failed loads, Content-Security-Policy violations) throughout.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InvestigatorBrowserIT {

    private static WebServer server;
    private static HeadlessChromium chromium;

    @BeforeAll
    static void start() {
        server = DemoServer.get();
        chromium = HeadlessChromium.start();
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
    }

    private static WebElement await(String dataTest) {
        return chromium.waiting(Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-test='" + dataTest + "']")));
    }

    private static List<WebElement> all(String dataTest) {
        return chromium.driver().findElements(By.cssSelector("[data-test='" + dataTest + "']"));
    }

    private static void open(String hash) {
        chromium.driver().get(server.uri("/#/" + hash).toString());
    }

    private static void noConsoleErrors(String step) {
        assertThat(chromium.consoleErrors())
                .as("browser console errors at " + step)
                .isEmpty();
    }

    @Test
    @Order(1)
    void the_analyst_logs_in_and_sees_the_investigator_pages() {
        var driver = chromium.driver();
        driver.get(server.uri("/").toString());
        chromium.waiting(Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/login"));
        driver.findElement(By.id("username")).sendKeys(WebServer.ANALYST);
        driver.findElement(By.id("password")).sendKeys(WebServer.PASSWORD);
        driver.findElement(By.cssSelector("button[type='submit']")).click();

        await("nav-search");
        assertThat(all("nav-findings")).isNotEmpty();
        assertThat(all("nav-cases")).isNotEmpty();
        assertThat(all("nav-audit")).as("the audit log is for ADMIN").isEmpty();
        chromium.screenshot("01-logged-in");
        noConsoleErrors("login");
    }

    @Test
    @Order(2)
    void a_search_for_the_compound_finds_its_companies() {
        open("search");
        var input = await("search-input");
        input.clear();
        input.sendKeys("Naga Garden");
        await("search-submit").click();

        await("search-result-link");
        var results =
                all("search-result-link").stream().map(WebElement::getText).toList();
        assertThat(results).anySatisfy(text -> assertThat(text).containsIgnoringCase("Naga Garden"));
        chromium.screenshot("02-search");
        noConsoleErrors("search");
    }

    @Test
    @Order(3)
    void the_ransom_wallets_page_shows_its_provenance() {
        open("element/wallet/" + DemoServer.RANSOM_WALLET);

        assertThat(await("element-title").getText()).contains(DemoServer.RANSOM_WALLET);
        await("provenance-row");
        assertThat(all("provenance-row").getFirst().getText())
                .contains("usdt-events.json")
                .containsPattern("[0-9a-f]{64}|[0-9a-f]{8}");
        chromium.screenshot("03-element");
        noConsoleErrors("element page");
    }

    @Test
    @Order(4)
    void the_graph_opens_around_the_wallet_and_a_node_expands() {
        open("graph/wallet/" + DemoServer.RANSOM_WALLET);
        var status = await("graph-status");
        chromium.waiting(Duration.ofSeconds(30)).until(d -> status.getText().matches("\\d+ nodes, \\d+ edges.*"));
        int before = Integer.parseInt(status.getText().replaceAll(" nodes.*", ""));
        assertThat(before).isGreaterThan(1);

        var candidates = all("graph-node").stream()
                .filter(button -> "false".equals(button.getAttribute("data-expanded")))
                .map(button -> button.getAttribute("data-key"))
                .filter(key -> !key.contains("'"))
                .toList();
        assertThat(candidates).as("neighbours to expand").isNotEmpty();
        int after = before;
        String expanded = null;
        for (var key : candidates) {
            var button =
                    chromium.driver().findElement(By.cssSelector("[data-test='graph-node'][data-key='" + key + "']"));
            button.click();
            var done = By.cssSelector("[data-test='graph-node'][data-key='" + key + "'][data-expanded='true']");
            chromium.waiting(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(done));
            after = Integer.parseInt(status.getText().replaceAll(" nodes.*", ""));
            if (after > before) {
                expanded = key;
                break;
            }
        }
        assertThat(after)
                .as("expanding the neighbours adds their own neighbours")
                .isGreaterThan(before);
        assertThat(await("graph-selection").getText()).contains(expanded);
        chromium.screenshot("04-graph");
        noConsoleErrors("graph");
    }

    @Test
    @Order(5)
    void a_finding_opens_with_its_explanation_and_evidence() {
        open("findings");
        await("finding-link");
        var first = all("finding-link").getFirst();
        first.click();

        assertThat(await("finding-explanation").getText()).isNotBlank();
        await("graph-canvas");
        chromium.screenshot("05-finding");
        noConsoleErrors("finding");
    }

    @Test
    @Order(6)
    void a_forward_trace_from_the_ransom_wallet_runs_and_draws_its_flow() {
        open("trace");
        var from = await("trace-from");
        from.clear();
        from.sendKeys(DemoServer.RANSOM_WALLET);
        new org.openqa.selenium.support.ui.Select(await("trace-direction")).selectByValue("forward");
        new org.openqa.selenium.support.ui.Select(await("trace-method")).selectByValue("libr");
        await("trace-submit").click();

        var result = await("trace-result");
        try {
            chromium.waiting(Duration.ofSeconds(60))
                    .until(d -> !d.findElements(By.cssSelector("[data-test='trace-hop']"))
                            .isEmpty());
        } finally {
            chromium.screenshot("06-trace");
        }
        assertThat(result.getText()).contains("TRON:");
        await("trace-sankey");
        noConsoleErrors("trace");
    }

    @Test
    @Order(7)
    void the_case_pack_downloads_with_its_restricted_marking() throws Exception {
        open("case/" + DemoServer.CASE);
        await("case-download-json").click();

        var downloaded = chromium.downloads().resolve(DemoServer.CASE + ".json");
        chromium.waiting(Duration.ofSeconds(30)).until(d -> Files.exists(downloaded));
        var pack = Files.readString(downloaded, StandardCharsets.UTF_8);
        assertThat(pack).contains("RESTRICTED — FIU AND PROSECUTOR USE ONLY").contains(DemoServer.RANSOM_WALLET);
        try (Stream<java.nio.file.Path> partial = Files.list(chromium.downloads())) {
            assertThat(partial.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".crdownload"));
        }
        chromium.screenshot("07-case");
        noConsoleErrors("case");
    }

    @Test
    @Order(8)
    void a_restitution_schedule_is_computed_from_the_victims_csv() {
        open("restitution");
        var victims = await("restitution-victims");
        victims.clear();
        victims.sendKeys("victim,name,transfer\nV1,Lim Mei Ling," + DemoServer.VICTIM_PAYMENT + "\n");
        var recovered = await("restitution-recovered");
        recovered.clear();
        recovered.sendKeys("endpoint,amount,currency,frozen_at\nZMKBKHPP:002310457,9700.00,USD,2026-03-10T02:00:00Z\n");
        await("restitution-submit").click();

        var totals = await("restitution-victims-table");
        assertThat(totals.getText()).contains("V1").contains("Lim Mei Ling");
        chromium.screenshot("08-restitution");
        noConsoleErrors("restitution");
    }

    @Test
    @Order(9)
    void swagger_ui_lists_the_api_offline_under_the_content_security_policy() {
        chromium.driver().get(server.uri("/swagger-ui.html").toString());

        chromium.waiting(Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock-summary-path")));
        var paths = chromium.driver().findElements(By.cssSelector(".opblock-summary-path")).stream()
                .map(element -> element.getAttribute("data-path"))
                .toList();
        assertThat(paths).contains("/api/v1/search", "/api/v1/traces", "/api/v1/screening");
        chromium.screenshot("09-swagger-ui");
        noConsoleErrors("Swagger UI");
    }
}
