package org.flowtrace.graph.explore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;
import org.flowtrace.graph.connection.GraphConnection;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Reads the ingest runs ({@code :IngestRun}, written by {@code IngestRunWriter}) with the sources each
 * read ({@code (:IngestRun)-[:READ]->(:SourceFile)}), newest first.
 */
public final class IngestRunReader {

    /** The largest page. */
    public static final int MAX_SIZE = 100;

    private static final String PAGE = """
            MATCH (r:IngestRun)
            WITH r ORDER BY r.startedAt DESC, r.id SKIP $skip LIMIT $size
            RETURN r.id AS id, r.job AS job, r.startedAt AS startedAt,
                   COLLECT { MATCH (r)-[:READ]->(s:SourceFile) RETURN s {.uri, .sha256} AS s ORDER BY s.uri } AS files
            """;

    private static final String ONE = """
            MATCH (r:IngestRun {id: $id})
            RETURN r.id AS id, r.job AS job, r.startedAt AS startedAt,
                   COLLECT { MATCH (r)-[:READ]->(s:SourceFile) RETURN s {.uri, .sha256} AS s ORDER BY s.uri } AS files
            """;

    private static final String COUNT = "MATCH (r:IngestRun) RETURN count(r) AS total";

    private final GraphConnection graph;

    public IngestRunReader(GraphConnection graph) {
        this.graph = graph;
    }

    /**
     * One page of runs, newest first.
     *
     * @throws IllegalArgumentException for a negative page or a size outside 1 to {@value #MAX_SIZE}
     */
    public IngestRunPage list(int page, int size) {
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more: " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be within 1 and " + MAX_SIZE + ": " + size);
        }
        try (var session = graph.driver().session(graph.sessionConfig())) {
            return session.executeRead(tx -> {
                long total = tx.run(COUNT).single().get("total").asLong();
                var items = new ArrayList<IngestRunSummary>();
                tx.run(PAGE, Map.of("skip", (long) page * size, "size", size))
                        .forEachRemaining(r -> items.add(summary(r)));
                return new IngestRunPage(items, page, size, total);
            });
        }
    }

    /** The run with this id, if there is one. */
    public Optional<IngestRunSummary> read(String id) {
        return graph.readQuery(ONE).withParameters(Map.of("id", id)).execute().records().stream()
                .findFirst()
                .map(IngestRunReader::summary);
    }

    private static IngestRunSummary summary(Record record) {
        var started = record.get("startedAt");
        return new IngestRunSummary(
                record.get("id").asString(),
                record.get("job").asString(""),
                started.isNull() ? Instant.EPOCH : started.asZonedDateTime().toInstant(),
                record.get("files").asList(IngestRunReader::file));
    }

    private static SourceFileRef file(Value value) {
        return new SourceFileRef(
                value.get("uri").asString(""), value.get("sha256").asString());
    }
}
