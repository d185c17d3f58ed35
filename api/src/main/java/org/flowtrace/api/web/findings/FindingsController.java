package org.flowtrace.api.web.findings;

import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.flowtrace.analytics.coercion.PossibleVictims;
import org.flowtrace.api.findings.RankedFinding;
import org.flowtrace.api.web.Paging;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.explore.ElementKind;
import org.flowtrace.graph.explore.ElementReader;
import org.flowtrace.graph.explore.ElementView;
import org.flowtrace.graph.explore.NeighbourFilter;
import org.flowtrace.graph.explore.NeighbourGraph;
import org.flowtrace.graph.explore.Neighbourhood;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/findings}: findings ranked as {@code flowtrace findings} ranks them, and one with its evidence. */
@RestController
class FindingsController {

    /** Findings considered for a list: the ranking reads at most this many. */
    private static final int RANKED = 10_000;

    private final GraphConnection graph;
    private final ElementReader reader;
    private final Neighbourhood neighbourhood;

    FindingsController(GraphConnection graph) {
        this.graph = graph;
        this.reader = new ElementReader(graph);
        this.neighbourhood = new Neighbourhood(graph);
    }

    /** A finding, its evidence subgraph (the elements it involves), and the non-punishment reminder where it names victims. */
    record FindingDetail(
            ElementView finding,
            NeighbourGraph evidence,
            @Nullable String nonPunishment) {}

    @GetMapping("/api/v1/findings")
    Paging.Page<RankedFinding> findings(
            @RequestParam(required = false) @Nullable String typology,
            @RequestParam(required = false) @Nullable Double minScore,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        var paging = Paging.of(page, size, 200);
        if (minScore != null && (minScore.isNaN() || minScore < 0 || minScore > 1)) {
            throw new IllegalArgumentException("minScore must be between 0 and 1");
        }
        if (typology != null && (typology.length() > 64 || !typology.matches("[A-Za-z_ -]*"))) {
            throw new IllegalArgumentException("typology: letters, spaces, '-' and '_' only");
        }
        List<RankedFinding> matching = RankedFinding.top(graph, RANKED).stream()
                .filter(f -> typology == null
                        || typology.isBlank()
                        || f.typology()
                                .equalsIgnoreCase(
                                        typology.strip().replace(' ', '_').toUpperCase(Locale.ROOT)))
                .filter(f -> minScore == null || f.score() >= minScore)
                .toList();
        var items = matching.stream().skip(paging.skip()).limit(paging.size()).toList();
        return new Paging.Page<>(items, paging.page(), paging.size(), matching.size());
    }

    @GetMapping("/api/v1/findings/{key}")
    FindingDetail finding(@PathVariable String key) {
        var finding = reader.read(ElementKind.FINDING, key)
                .orElseThrow(() -> new NoSuchElementException("no finding with this key"));
        var evidence = neighbourhood.around(ElementKind.FINDING, key, new NeighbourFilter(null, null, null, 200));
        boolean namesVictims = evidence.nodes().stream().anyMatch(node -> "victim".equals(node.risk()));
        return new FindingDetail(finding, evidence, namesVictims ? PossibleVictims.NON_PUNISHMENT : null);
    }
}
