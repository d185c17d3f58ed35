package org.flowtrace.api.web.ingest;

import java.net.URI;
import java.util.Map;
import org.flowtrace.api.ingest.IngestFormat;
import org.flowtrace.api.web.Paging;
import org.flowtrace.ingest.support.RejectedRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/ingest-runs}: the ingest runs, newest first; one run with its steps and progress; its
 * rejects (ANALYST only: they may quote STR content); and new runs of inbox files (ANALYST). The roles
 * are checked by the security configuration.
 */
@RestController
class IngestRunsController {

    private static final String RUNS = "/api/v1/ingest-runs";

    private final IngestRuns runs;
    private final IngestQueue queue;
    private final Inbox inbox;

    IngestRunsController(IngestRuns runs, IngestQueue queue, Inbox inbox) {
        this.runs = runs;
        this.queue = queue;
        this.inbox = inbox;
    }

    @GetMapping(RUNS)
    Paging.Page<IngestRunViews.Summary> list(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return runs.list(Paging.of(page, size, 200));
    }

    @GetMapping(RUNS + "/{runId}")
    IngestRunViews.Detail run(@PathVariable String runId) {
        return runs.find(runId);
    }

    @GetMapping(RUNS + "/{runId}/rejects")
    Paging.Page<RejectedRecord> rejects(
            @PathVariable String runId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return runs.rejects(runId, Paging.of(page, size, 500));
    }

    /**
     * Queues the load of an inbox file or folder: 202 with the new runs ({@code Location}: the first), or
     * 200 when every file was loaded before (status ALREADY_LOADED, the earlier run).
     */
    @PostMapping(RUNS)
    ResponseEntity<IngestRunViews.StartedRuns> start(@RequestBody @Nullable IngestRunRequest request) {
        if (request == null || request.format() == null || request.format().isBlank()) {
            throw new IllegalArgumentException("format is required; formats: " + IngestFormat.names());
        }
        var format = IngestFormat.named(request.format())
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown format '" + request.format() + "'; formats: " + IngestFormat.names()));
        var files = inbox.files(request.path() == null ? "" : request.path(), format);
        var options = format.jobOptions(
                request.options() == null ? Map.of() : request.options(), name -> fileOption(inbox, name));
        var results = queue.start(format, files, options, request.loadAgain());
        var started = results.stream()
                .map(result -> new IngestRunViews.Started(
                        result.runId(), inbox.shown(result.input()), result.status(), RUNS + "/" + result.runId()))
                .toList();
        var body = new IngestRunViews.StartedRuns(started);
        var first = started.stream()
                .filter(run -> !"ALREADY_LOADED".equals(run.status()))
                .findFirst();
        if (first.isEmpty()) {
            return ResponseEntity.ok(body);
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(URI.create(first.get().href()))
                .body(body);
    }

    /** A file an option names, which must be a file of the inbox too. */
    private static java.nio.file.Path fileOption(Inbox inbox, String name) {
        var file = inbox.resolve(name);
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new IllegalArgumentException("not a file: " + name);
        }
        return file;
    }
}
