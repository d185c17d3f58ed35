package org.flowtrace.api.web.cases;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.flowtrace.analytics.cases.CaseBuilder;
import org.flowtrace.analytics.cases.CaseContents;
import org.flowtrace.analytics.cases.CaseParameters;
import org.flowtrace.analytics.cases.CaseReader;
import org.flowtrace.analytics.tracing.TaintAllocator;
import org.flowtrace.api.cases.CasePack;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.explore.ElementKind;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/cases}: the cases of {@code flowtrace case build|export}. The analyst who builds a case
 * is the logged-in user. Every pack carries the restricted-use marking; downloading one is an export
 * in the audit log.
 */
@RestController
class CasesController {

    private final GraphConnection graph;

    CasesController(GraphConnection graph) {
        this.graph = graph;
    }

    /**
     * A case to build around an element.
     *
     * @param name the case's name
     * @param key a finding key, party key, name or alias, account ({@code BIC:number}) or wallet ({@code CHAIN:address})
     * @param kind the kind of {@code key}, as the element pages name it (optional: the key says enough)
     * @param method allocation rule of the traces (default libr)
     * @param maxHops hops of each trace (default 4)
     */
    record BuildRequest(
            String name,
            String key,
            @Nullable String kind,
            @Nullable String method,
            @Nullable Integer maxHops) {}

    @GetMapping("/api/v1/cases")
    List<CaseReader.CaseSummary> cases() {
        return new CaseReader(graph).list();
    }

    @PostMapping("/api/v1/cases")
    ResponseEntity<CaseContents> build(@RequestBody BuildRequest request, Authentication user) {
        if (request.name() == null || request.name().isBlank() || request.name().length() > 200) {
            throw new IllegalArgumentException("name: 1 to 200 characters");
        }
        if (request.key() == null || request.key().isBlank() || request.key().length() > 500) {
            throw new IllegalArgumentException("key: 1 to 500 characters");
        }
        if (request.kind() != null && !request.kind().isBlank()) {
            ElementKind.parse(request.kind());
        }
        var defaults = CaseParameters.DEFAULTS;
        var parameters = new CaseParameters(
                TaintAllocator.named(request.method() == null ? "libr" : request.method()),
                request.maxHops() == null ? 4 : request.maxHops(),
                defaults.linkHops(),
                defaults.maxTraceStarts(),
                defaults.maxFindings(),
                defaults.maxElements());
        var contents = new CaseBuilder(graph).build(request.name().strip(), request.key(), user.getName(), parameters);
        return ResponseEntity.status(HttpStatus.CREATED)
                .header(HttpHeaders.LOCATION, "/api/v1/cases/" + encode(contents.name()))
                .body(contents);
    }

    @GetMapping("/api/v1/cases/{name}")
    CaseContents caseOf(@PathVariable String name) {
        return read(name);
    }

    @GetMapping("/api/v1/cases/{name}/pack")
    ResponseEntity<String> pack(@PathVariable String name, @RequestParam(defaultValue = "html") String format) {
        var chosen = Map.of("html", CasePack.Format.html, "json", CasePack.Format.json, "ftm", CasePack.Format.ftm)
                .get(format.toLowerCase(Locale.ROOT));
        if (chosen == null) {
            throw new IllegalArgumentException("format: html, json or ftm");
        }
        var contents = read(name);
        var type = switch (chosen) {
            case html -> new MediaType("text", "html", StandardCharsets.UTF_8);
            case json -> MediaType.APPLICATION_JSON;
            case ftm -> new MediaType("application", "x-ndjson", StandardCharsets.UTF_8);
        };
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(
                                        CasePack.fileName(contents.name()) + chosen.extension(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(CasePack.text(contents, chosen));
    }

    private CaseContents read(String name) {
        if (name.isBlank() || name.length() > 200) {
            throw new NoSuchElementException("no case with this name");
        }
        try {
            return new CaseReader(graph).read(name);
        } catch (IllegalArgumentException e) {
            throw new NoSuchElementException("no case with this name");
        }
    }

    private static String encode(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
