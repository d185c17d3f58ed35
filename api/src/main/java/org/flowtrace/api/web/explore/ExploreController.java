package org.flowtrace.api.web.explore;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.NoSuchElementException;
import org.flowtrace.analytics.tracing.TraceRequest;
import org.flowtrace.api.web.Paging;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.explore.ElementKind;
import org.flowtrace.graph.explore.ElementReader;
import org.flowtrace.graph.explore.ElementSearch;
import org.flowtrace.graph.explore.ElementView;
import org.flowtrace.graph.explore.NeighbourFilter;
import org.flowtrace.graph.explore.NeighbourGraph;
import org.flowtrace.graph.explore.Neighbourhood;
import org.flowtrace.graph.explore.SearchHit;
import org.flowtrace.graph.provenance.ProvenanceEntry;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/search}, {@code /api/v1/elements}, {@code /api/v1/elements/neighbours}, {@code /api/v1/provenance}. */
@RestController
class ExploreController {

    private final ElementSearch search;
    private final ElementReader reader;
    private final Neighbourhood neighbourhood;

    ExploreController(GraphConnection graph) {
        this.search = new ElementSearch(graph);
        this.reader = new ElementReader(graph);
        this.neighbourhood = new Neighbourhood(graph);
    }

    /** The provenance of one element. */
    record Provenance(ElementKind kind, String key, List<ProvenanceEntry> provenance) {}

    @GetMapping("/api/v1/search")
    Paging.Page<SearchHit> search(
            @RequestParam String q,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        var paging = Paging.of(page, size, 100);
        var found = search.search(q, kind == null || kind.isBlank() ? null : ElementKind.parse(kind), page, size);
        return new Paging.Page<>(found.items(), paging.page(), paging.size(), found.total());
    }

    @GetMapping("/api/v1/elements")
    ElementView element(@RequestParam String kind, @RequestParam String key) {
        return read(kind, key);
    }

    @GetMapping("/api/v1/elements/neighbours")
    NeighbourGraph neighbours(
            @RequestParam String kind,
            @RequestParam String key,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String minUsd,
            @RequestParam(defaultValue = "50") int limit) {
        var parsed = kindAndKey(kind, key);
        var graph =
                neighbourhood.around(parsed, key, new NeighbourFilter(since(from), until(to), decimal(minUsd), limit));
        if (graph.nodes().isEmpty()) {
            throw unknown(parsed);
        }
        return graph;
    }

    @GetMapping("/api/v1/provenance")
    Provenance provenance(@RequestParam String kind, @RequestParam String key) {
        var element = read(kind, key);
        return new Provenance(element.kind(), element.key(), element.provenance());
    }

    private ElementView read(String kind, String key) {
        var parsed = kindAndKey(kind, key);
        return reader.read(parsed, key).orElseThrow(() -> unknown(parsed));
    }

    private static ElementKind kindAndKey(String kind, String key) {
        if (key.isBlank() || key.length() > 500) {
            throw new IllegalArgumentException("key must be 1 to 500 characters");
        }
        return ElementKind.parse(kind);
    }

    private static NoSuchElementException unknown(ElementKind kind) {
        return new NoSuchElementException("no " + kind.apiName() + " with this key");
    }

    /** A date as the start of that day (UTC), or an instant. */
    private static @Nullable Instant since(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return text.length() == 10
                    ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("from: not an ISO date or instant", e);
        }
    }

    /** A date as the end of that day (UTC), or an instant: as {@code trace --until} reads it. */
    private static @Nullable Instant until(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return TraceRequest.until(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("to: not an ISO date or instant", e);
        }
    }

    private static @Nullable BigDecimal decimal(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("minUsd: not a number", e);
        }
    }
}
