package org.flowtrace.analytics.screening;

import static org.flowtrace.analytics.screening.PublicSources.visible;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flowtrace.graph.connection.GraphConnection;
import org.neo4j.driver.Value;

/**
 * The parties a few ownership and control steps from given parties, over public register and list data
 * only: {@code OWNS}, {@code CONTROLS} (BODS, FollowTheMoney) and {@code LINKED_TO} (FIU lists' linked
 * companies, FollowTheMoney family and associates), in either direction, current interests only, every
 * relationship and party visible ({@link PublicSources}). One shortest path per pair. A deliberately
 * small bounded query, to be replaced by the full links feature.
 */
final class OwnershipLinks {

    /** A path from a start party to another party. */
    record Path(String start, String end, int hops, List<String> steps) {}

    static final int LIMIT = 500;

    private static final String QUERY = """
            UNWIND $keys AS key
            MATCH path = (start:Party {key: key})-[:OWNS|CONTROLS|LINKED_TO*1..%d]-(end:Party)
            WHERE end <> start
              AND all(r IN relationships(path) WHERE %s AND coalesce(r.current, true))
              AND all(n IN nodes(path) WHERE %s)
            WITH key, end, path ORDER BY length(path)
            WITH key, end, head(collect(path)) AS path
            RETURN key AS start, end.key AS end, length(path) AS hops,
                   [i IN range(0, length(path) - 1) | {
                       type: type(relationships(path)[i]),
                       forward: startNode(relationships(path)[i]) = nodes(path)[i],
                       name: coalesce(nodes(path)[i + 1].name, nodes(path)[i + 1].key),
                       share: relationships(path)[i].shareExact,
                       relation: relationships(path)[i].relation}] AS steps
            ORDER BY hops, start, end
            LIMIT $limit
            """;

    private final GraphConnection graph;
    private final List<String> publicRuns;

    OwnershipLinks(GraphConnection graph, List<String> publicRuns) {
        this.graph = graph;
        this.publicRuns = publicRuns;
    }

    List<Path> from(Collection<String> partyKeys, int maxHops) {
        if (partyKeys.isEmpty()) {
            return List.of();
        }
        var query = QUERY.formatted(maxHops, visible("r"), visible("n"));
        return graph
                .readQuery(query)
                .withParameters(
                        Map.of("keys", List.copyOf(partyKeys), "limit", LIMIT, PublicSources.PARAMETER, publicRuns))
                .execute()
                .records()
                .stream()
                .map(r -> new Path(
                        r.get("start").asString(),
                        r.get("end").asString(),
                        r.get("hops").asInt(),
                        r.get("steps").asList(OwnershipLinks::step)))
                .toList();
    }

    /** {@code -[OWNS 70%]-> Golden Naga Holdings Ltd} or {@code <-[CONTROLS]- CHEN Guohao}. */
    private static String step(Value step) {
        var label = step.get("type").asString();
        if (!step.get("share").isNull()) {
            label += String.format(Locale.ROOT, " %s%%", share(step.get("share").asDouble()));
        }
        if (!step.get("relation").isNull()) {
            label += " " + step.get("relation").asString();
        }
        boolean forward = step.get("forward").asBoolean();
        return (forward ? "-[" : "<-[")
                + label
                + (forward ? "]-> " : "]- ")
                + step.get("name").asString();
    }

    private static String share(double share) {
        return share == Math.rint(share) ? String.valueOf((long) share) : String.valueOf(share);
    }
}
