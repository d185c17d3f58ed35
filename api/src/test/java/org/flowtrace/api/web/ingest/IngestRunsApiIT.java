package org.flowtrace.api.web.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flowtrace.api.web.WebServer.ADMIN;
import static org.flowtrace.api.web.WebServer.ANALYST;
import static org.flowtrace.api.web.WebServer.COMPLIANCE;
import static org.flowtrace.api.web.WebServer.PROSECUTOR;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.flowtrace.api.web.WebServer;
import org.flowtrace.graph.connection.GraphConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The ingest-run endpoints over HTTP, on a server in this JVM with an embedded Neo4j. */
class IngestRunsApiIT {

    private static final Path FIXTURES = Path.of("../ingest-jobs/src/test/resources/fixtures/goaml");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path dataDir;

    static WebServer server;
    static Path inbox;

    @BeforeAll
    static void start() throws Exception {
        server = WebServer.start(dataDir);
        inbox = dataDir.resolve("inbox");
        Files.createDirectories(inbox.resolve("goaml"));
        // 3 reports under a wrapper element, all valid
        Files.copy(FIXTURES.resolve("multi-report.xml"), inbox.resolve("goaml/multi-report.xml"));
        // 20 items: 5 good, 15 rejected each for its own reason
        Files.copy(FIXTURES.resolve("bad-reports.xml"), inbox.resolve("bad-reports.xml"));
        // 3 reports covering every kind of sender and receiver
        Files.copy(FIXTURES.resolve("all-sides.xml"), inbox.resolve("all-sides.xml"));
        // a well-formed XML file that is not goAML
        Files.copy(FIXTURES.resolve("not-goaml.xml"), inbox.resolve("not-goaml.xml"));
        Files.createSymbolicLink(inbox.resolve("outside"), dataDir);
        Files.createSymbolicLink(inbox.resolve("users.xml"), dataDir.resolve("users.properties"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void an_analyst_loads_an_inbox_file_follows_its_run_to_completed_and_a_second_post_finds_it_already_loaded() {
        var posted = server.post(ANALYST, "/api/v1/ingest-runs", """
                {"format": "goaml", "path": "goaml/multi-report.xml"}""");

        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(202);
        var location = posted.headers().firstValue("Location").orElseThrow();
        var started = json(posted).get("runs").get(0);
        assertThat(location)
                .isEqualTo("/api/v1/ingest-runs/" + started.get("runId").asString());
        assertThat(started.get("input").asString()).isEqualTo("goaml/multi-report.xml");

        var run = completed(location);
        assertThat(run.get("job").asString()).isEqualTo("goaml");
        assertThat(run.get("read").asLong()).isEqualTo(3);
        assertThat(run.get("written").asLong()).isEqualTo(3);
        assertThat(run.get("rejects").asBoolean()).isFalse();
        assertThat(run.get("progress").get("fractionDone").asDouble()).isEqualTo(1.0);
        assertThat(run.get("progress").get("inputBytes").asLong()).isPositive();
        assertThat(run.get("steps")).isNotEmpty();

        var runId = started.get("runId").asString();
        var inGraph = server.bean(GraphConnection.class)
                .readQuery("MATCH (:IngestRun {id: $id})-[:READ]->(s:SourceFile) RETURN count(s) AS files")
                .withParameters(Map.of("id", runId))
                .execute()
                .records()
                .getFirst()
                .get("files")
                .asLong();
        assertThat(inGraph).isEqualTo(1);
        var list = json(server.get(ADMIN, "/api/v1/ingest-runs?page=0&size=200"));
        assertThat(list.get("items").findValuesAsString("runId")).contains(runId);

        var again = server.post(ANALYST, "/api/v1/ingest-runs", """
                {"format": "goaml", "path": "goaml"}""");

        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(json(again).get("runs").get(0).get("status").asString()).isEqualTo("ALREADY_LOADED");
        assertThat(json(again).get("runs").get(0).get("runId").asString()).isEqualTo(runId);
        assertThat(json(server.get(ADMIN, "/api/v1/ingest-runs")).get("total").asLong())
                .isEqualTo(list.get("total").asLong());
    }

    @Test
    void rejects_of_a_malformed_file_are_shown_to_analysts_and_refused_to_admins() {
        var posted = server.post(ANALYST, "/api/v1/ingest-runs", """
                {"format": "goaml", "path": "./bad-reports.xml"}""");
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(202);
        var location = posted.headers().firstValue("Location").orElseThrow();

        var run = completed(location);
        assertThat(run.get("skipped").asLong()).isEqualTo(15);
        assertThat(run.get("rejects").asBoolean()).isTrue();
        assertThat(run.get("rejectedLines").asLong()).isEqualTo(15);

        var rejects = server.get(ANALYST, location + "/rejects?page=0&size=10");
        assertThat(rejects.statusCode()).as(rejects.body()).isEqualTo(200);
        assertThat(json(rejects).get("total").asLong()).isEqualTo(15);
        assertThat(json(rejects).get("items")).hasSize(10);
        assertThat(json(rejects).get("items").get(0).get("file").asString()).isEqualTo("bad-reports.xml");
        assertThat(rejects.body()).doesNotContain(dataDir.toAbsolutePath().toString());
        assertThat(server.get(ADMIN, location + "/rejects").statusCode()).isEqualTo(403);
        assertThat(server.get(ADMIN, location).statusCode()).isEqualTo(200);
    }

    @Test
    void a_run_without_rejects_and_an_unknown_run_are_not_found() {
        var posted = server.post(ANALYST, "/api/v1/ingest-runs", """
                {"format": "goaml", "path": "all-sides.xml"}""");
        var runId = json(posted).get("runs").get(0).get("runId").asString();
        completed("/api/v1/ingest-runs/" + runId);

        var noRejects = server.get(ANALYST, "/api/v1/ingest-runs/" + runId + "/rejects");
        assertThat(noRejects.statusCode()).isEqualTo(404);
        assertThat(noRejects.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(server.get(ANALYST, "/api/v1/ingest-runs/goaml-999999").statusCode())
                .isEqualTo(404);
        assertThat(server.get(ADMIN, "/api/v1/ingest-runs/ledger-1").statusCode())
                .isIn(404);
        assertThat(server.get(ADMIN, "/api/v1/ingest-runs/no%20run").statusCode())
                .isEqualTo(404);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            emptyValue = "",
            value = {
                "../users.properties          | must not leave the inbox",
                "/etc/passwd                  | must be relative to the inbox",
                "%2e%2e/users.properties      | no such file or folder in the inbox: %2e%2e/users.properties",
                "goaml/../../users.properties | must not leave the inbox",
                "outside/users.properties     | leads out of the inbox folder",
                "users.xml                    | leads out of the inbox folder",
                "missing.xml                  | no such file or folder in the inbox: missing.xml",
                "not-goaml.xml                | not-goaml.xml: not a goAML file",
                "''                           | path is required"
            })
    void paths_leading_out_of_the_inbox_missing_or_not_of_the_format_are_refused_and_load_nothing(
            String path, String problem) {
        long before =
                json(server.get(ADMIN, "/api/v1/ingest-runs")).get("total").asLong();

        var posted = server.post(
                ANALYST, "/api/v1/ingest-runs", JSON.writeValueAsString(Map.of("format", "goaml", "path", path)));

        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(400);
        assertThat(posted.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(posted).get("detail").asString()).contains(problem);
        assertThat(posted.body())
                .doesNotContain(dataDir.toAbsolutePath().toString())
                .doesNotContain(dataDir.toAbsolutePath().getParent().toString());
        assertThat(json(server.get(ADMIN, "/api/v1/ingest-runs")).get("total").asLong())
                .isEqualTo(before);
    }

    @Test
    void unknown_formats_and_options_are_refused() {
        var unknownFormat = server.post(ANALYST, "/api/v1/ingest-runs", """
                {"format": "pdf", "path": "bad-reports.xml"}""");
        var unknownOption = server.post(ANALYST, "/api/v1/ingest-runs", """
                {"format": "goaml", "path": "bad-reports.xml", "options": {"mapping": "amlworld"}}""");
        var schemaOutside = server.post(ANALYST, "/api/v1/ingest-runs", """
                {"format": "goaml", "path": "bad-reports.xml", "options": {"schema": "../users.properties"}}""");

        assertThat(unknownFormat.statusCode()).isEqualTo(400);
        assertThat(json(unknownFormat).get("detail").asString()).contains("unknown format 'pdf'", "goaml");
        assertThat(unknownOption.statusCode()).isEqualTo(400);
        assertThat(json(unknownOption).get("detail").asString()).contains("no option 'mapping'");
        assertThat(schemaOutside.statusCode()).isEqualTo(400);
    }

    @Test
    void compliance_and_prosecutor_are_refused_every_ingest_endpoint() {
        for (var user : new String[] {COMPLIANCE, PROSECUTOR}) {
            assertThat(server.get(user, "/api/v1/ingest-runs").statusCode()).isEqualTo(403);
            assertThat(server.get(user, "/api/v1/ingest-runs/goaml-1").statusCode())
                    .isEqualTo(403);
            assertThat(server.get(user, "/api/v1/ingest-runs/goaml-1/rejects").statusCode())
                    .isEqualTo(403);
            assertThat(server.post(user, "/api/v1/ingest-runs", """
                            {"format": "goaml", "path": "bad-reports.xml"}""").statusCode())
                    .isEqualTo(403);
        }
        assertThat(server.post(ADMIN, "/api/v1/ingest-runs", """
                        {"format": "goaml", "path": "bad-reports.xml"}""").statusCode()).isEqualTo(403);
    }

    /** Polls a run until it has ended, and checks it completed. */
    private static JsonNode completed(String location) {
        var deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (true) {
            var response = server.get(ANALYST, location);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            var run = json(response);
            var status = run.get("status").asString();
            if (!status.equals("STARTING") && !status.equals("STARTED")) {
                assertThat(status).as(response.body()).isEqualTo("COMPLETED");
                return run;
            }
            assertThat(Instant.now()).as("run still " + status).isBefore(deadline);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
