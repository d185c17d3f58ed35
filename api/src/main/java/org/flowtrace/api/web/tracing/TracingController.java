package org.flowtrace.api.web.tracing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flowtrace.analytics.tracing.RecoveredAsset;
import org.flowtrace.analytics.tracing.Restitution;
import org.flowtrace.analytics.tracing.RestitutionSchedule;
import org.flowtrace.analytics.tracing.TaintAllocator;
import org.flowtrace.analytics.tracing.TraceRequest;
import org.flowtrace.analytics.tracing.Tracer;
import org.flowtrace.analytics.tracing.VictimPayment;
import org.flowtrace.api.tracing.TraceOutput;
import org.flowtrace.graph.connection.GraphConnection;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/traces} (JSON, or CSV and HTML as documents to download) and
 * {@code POST /api/v1/restitution}: the trace and restitution of {@code flowtrace trace} and
 * {@code flowtrace restitution}, with the same rules and limits.
 */
@RestController
class TracingController {

    private static final int MAX_VICTIMS = 10_000;

    private final GraphConnection graph;

    TracingController(GraphConnection graph) {
        this.graph = graph;
    }

    /**
     * What to allocate to whom: the victims' payments, the assets recovered, the rule and its limits.
     *
     * @param method poison, haircut, fifo, lifo or libr
     * @param maxHops transfers followed at most (default 6)
     * @param until ignore transfers after this ISO instant or date (end of that day, UTC)
     */
    record RestitutionRequest(
            List<VictimPayment> victims,
            @Nullable List<RecoveredAsset> recovered,
            String method,
            @Nullable Integer maxHops,
            @Nullable String until) {}

    @GetMapping("/api/v1/traces")
    ResponseEntity<?> trace(
            @RequestParam String from,
            @RequestParam(defaultValue = "forward") String direction,
            @RequestParam String method,
            @RequestParam(defaultValue = "6") int maxHops,
            @RequestParam(required = false) @Nullable String until,
            @RequestParam(defaultValue = "json") String format) {
        if (from.isBlank() || from.length() > 500) {
            throw new IllegalArgumentException("from must be 1 to 500 characters");
        }
        var request =
                new TraceRequest(from, direction(direction), TaintAllocator.named(method), maxHops, instant(until));
        var chosen = format(format);
        var result = new Tracer(graph).trace(request);
        if (chosen == TraceOutput.Format.json) {
            return ResponseEntity.ok(TraceOutput.asMap(result));
        }
        var text = new StringWriter();
        TraceOutput.write(result, chosen, new PrintWriter(text));
        var csv = chosen == TraceOutput.Format.csv;
        return ResponseEntity.ok()
                .contentType(csv ? new MediaType("text", "csv", StandardCharsets.UTF_8) : MediaType.TEXT_HTML)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        (csv ? "attachment" : "inline") + "; filename=\"trace." + chosen.name() + "\"")
                .body(text.toString());
    }

    @PostMapping("/api/v1/restitution")
    RestitutionSchedule restitution(@RequestBody RestitutionRequest request) {
        if (request.victims() == null || request.victims().isEmpty()) {
            throw new IllegalArgumentException("victims: give at least one victim payment");
        }
        if (request.victims().size() > MAX_VICTIMS) {
            throw new IllegalArgumentException("victims: at most " + MAX_VICTIMS + " payments per request");
        }
        if (request.method() == null) {
            throw new IllegalArgumentException("method: poison, haircut, fifo, lifo or libr");
        }
        int maxHops = request.maxHops() == null ? 6 : request.maxHops();
        if (maxHops < 1 || maxHops > 50) {
            throw new IllegalArgumentException("maxHops must be between 1 and 50");
        }
        return new Restitution(graph)
                .schedule(
                        request.victims(),
                        request.recovered() == null ? List.of() : request.recovered(),
                        TaintAllocator.named(request.method()),
                        maxHops,
                        instant(request.until()));
    }

    private static TraceRequest.Direction direction(String direction) {
        return switch (direction.toLowerCase(Locale.ROOT)) {
            case "forward" -> TraceRequest.Direction.FORWARD;
            case "backward" -> TraceRequest.Direction.BACKWARD;
            default -> throw new IllegalArgumentException("direction: forward or backward");
        };
    }

    private static TraceOutput.Format format(String format) {
        var chosen = Map.of(
                        "json", TraceOutput.Format.json,
                        "csv", TraceOutput.Format.csv,
                        "html", TraceOutput.Format.html)
                .get(format.toLowerCase(Locale.ROOT));
        if (chosen == null) {
            throw new IllegalArgumentException("format: json, csv or html");
        }
        return chosen;
    }

    private static @Nullable Instant instant(@Nullable String until) {
        return until == null || until.isBlank() ? null : TraceRequest.until(until);
    }
}
