package org.flowtrace.graph.provenance;

import java.util.List;
import java.util.Map;
import org.flowtrace.graph.connection.GraphConnection;

/**
 * The provenance query: for any node or relationship, by element id, every source it was read from,
 * with the record locator, the source's SHA-256, and the ingest run (id, job, start time).
 *
 * <p>The same query can be run by hand in Neo4j Browser or cypher-shell; it is documented in
 * {@code graph-model/README.md}.
 */
public final class ProvenanceReader {

    static final String QUERY = """
            OPTIONAL MATCH (n) WHERE elementId(n) = $elementId
            OPTIONAL MATCH ()-[r]->() WHERE elementId(r) = $elementId
            WITH coalesce(n, r) AS element
            UNWIND coalesce(element.prov, []) AS entry
            WITH entry, split(entry, '|') AS part
            OPTIONAL MATCH (run:IngestRun {id: part[0]})
            OPTIONAL MATCH (source:SourceFile {sha256: part[1]})
            RETURN source.uri AS source,
                   substring(entry, size(part[0]) + size(part[1]) + 2) AS locator,
                   part[1] AS sha256,
                   part[0] AS runId,
                   run.startedAt AS runStartedAt,
                   run.job AS job
            ORDER BY runStartedAt, locator
            """;

    private final GraphConnection graph;

    public ProvenanceReader(GraphConnection graph) {
        this.graph = graph;
    }

    /** Every source of the element; empty when the element does not exist or carries no provenance. */
    public List<ProvenanceEntry> forElement(String elementId) {
        return graph.readQuery(QUERY).withParameters(Map.of("elementId", elementId)).execute().records().stream()
                .map(record -> new ProvenanceEntry(
                        record.get("source").isNull()
                                ? null
                                : record.get("source").asString(),
                        record.get("locator").asString(),
                        record.get("sha256").asString(),
                        record.get("runId").asString(),
                        record.get("runStartedAt").isNull()
                                ? null
                                : record.get("runStartedAt").asZonedDateTime().toInstant(),
                        record.get("job").isNull() ? null : record.get("job").asString()))
                .toList();
    }
}
