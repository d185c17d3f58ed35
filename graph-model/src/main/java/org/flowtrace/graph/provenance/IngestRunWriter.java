package org.flowtrace.graph.provenance;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.model.IngestRun;
import org.flowtrace.graph.model.SourceFile;

/**
 * Records ingest runs and the sources they read: {@code (:IngestRun)-[:READ]->(:SourceFile)}. A
 * source is keyed by its SHA-256, so the same content read from two paths is one source that
 * remembers both.
 */
public final class IngestRunWriter {

    private static final String BEGIN = """
            MERGE (r:IngestRun {id: $id})
            ON CREATE SET r.job = $job, r.startedAt = $startedAt, r.status = 'STARTED'
            SET r.parameters = $parameters
            """;

    private static final String READ = """
            MATCH (r:IngestRun {id: $runId})
            MERGE (s:SourceFile {sha256: $sha256})
            ON CREATE SET s.uri = $uri, s.bytes = $bytes, s.seenAs = [$uri]
            SET s.seenAs = CASE WHEN $uri IN s.seenAs THEN s.seenAs ELSE s.seenAs + $uri END
            MERGE (r)-[read:READ]->(s)
            ON CREATE SET read.at = $at
            """;

    private static final String FINISH = """
            MATCH (r:IngestRun {id: $id})
            SET r.status = $status, r.finishedAt = $finishedAt, r += $counts
            """;

    private final GraphConnection graph;

    public IngestRunWriter(GraphConnection graph) {
        this.graph = graph;
    }

    /** Records that a run started; calling it again for the same run (a restart) keeps the first start time. */
    public void begin(IngestRun run, String parameters) {
        graph.query(BEGIN)
                .withParameters(Map.of(
                        "id",
                        run.id(),
                        "job",
                        run.job(),
                        "startedAt",
                        run.startedAt().atOffset(ZoneOffset.UTC),
                        "parameters",
                        parameters))
                .execute();
    }

    /** Records that a run read a source. */
    public void read(String runId, SourceFile source) {
        graph.query(READ)
                .withParameters(Map.of(
                        "runId", runId,
                        "sha256", source.sha256(),
                        "uri", source.uri(),
                        "bytes", source.bytes(),
                        "at", OffsetDateTime.now(ZoneOffset.UTC)))
                .execute();
    }

    /** Records how a run ended, with its counts ({@code read}, {@code written}, {@code skipped} …). */
    public void finish(String runId, String status, Map<String, Long> counts) {
        graph.query(FINISH)
                .withParameters(Map.of(
                        "id",
                        runId,
                        "status",
                        status,
                        "finishedAt",
                        OffsetDateTime.now(ZoneOffset.UTC),
                        "counts",
                        counts))
                .execute();
    }
}
