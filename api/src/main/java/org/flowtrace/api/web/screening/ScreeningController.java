package org.flowtrace.api.web.screening;

import java.time.Instant;
import org.flowtrace.analytics.screening.PublicSources;
import org.flowtrace.analytics.screening.Screening;
import org.flowtrace.analytics.screening.ScreeningAnswer;
import org.flowtrace.analytics.screening.ScreeningParameters;
import org.flowtrace.analytics.screening.ScreeningQuery;
import org.flowtrace.graph.connection.GraphConnection;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/screening}: a counterparty's risk from public sources, as {@code flowtrace screen}
 * gives it. The index of public parties is built from the graph on first use and again after
 * {@link ScreeningProperties#refresh()}; the tipping-off firewall ({@link PublicSources}) decides what
 * goes in, so STR-derived data cannot reach a compliance user.
 */
@RestController
class ScreeningController {

    private final GraphConnection graph;
    private final ScreeningProperties properties;
    private @Nullable Screening screening;
    private Instant builtAt = Instant.EPOCH;

    ScreeningController(GraphConnection graph, ScreeningProperties properties) {
        this.graph = graph;
        this.properties = properties;
    }

    /** The counterparty to screen: a name and what else is known of it. */
    record ScreeningRequest(
            String name,
            @Nullable String country,
            @Nullable String dateOfBirth,
            @Nullable String wallet,
            @Nullable String registration) {}

    @PostMapping("/api/v1/screening")
    ScreeningAnswer screen(@RequestBody ScreeningRequest request) {
        if (request.name() == null || request.name().isBlank() || request.name().length() > 300) {
            throw new IllegalArgumentException("name: 1 to 300 characters");
        }
        var query = new ScreeningQuery(
                request.name(), request.country(), request.dateOfBirth(), request.wallet(), request.registration());
        return index().screen(query);
    }

    private synchronized Screening index() {
        var now = Instant.now();
        if (screening == null || builtAt.plus(properties.refresh()).isBefore(now)) {
            screening = Screening.load(graph, PublicSources.DEFAULT, ScreeningParameters.DEFAULTS);
            builtAt = now;
        }
        return screening;
    }
}
