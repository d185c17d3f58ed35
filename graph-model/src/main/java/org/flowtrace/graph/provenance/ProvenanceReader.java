package org.flowtrace.graph.provenance;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flowtrace.graph.connection.GraphConnection;
import org.neo4j.driver.Record;

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

    /** The same answer for {@code prov} entries already read with their element. */
    static final String ENTRIES = """
            UNWIND $entries AS entry
            WITH entry, split(entry, '|') AS part
            OPTIONAL MATCH (run:IngestRun {id: part[0]})
            OPTIONAL MATCH (source:SourceFile {sha256: part[1]})
            RETURN entry, source.uri AS source,
                   substring(entry, size(part[0]) + size(part[1]) + 2) AS locator,
                   part[1] AS sha256,
                   part[0] AS runId,
                   run.startedAt AS runStartedAt,
                   run.job AS job
            """;

    private final GraphConnection graph;

    public ProvenanceReader(GraphConnection graph) {
        this.graph = graph;
    }

    /** Every source of the element; empty when the element does not exist or carries no provenance. */
    public List<ProvenanceEntry> forElement(String elementId) {
        return graph.readQuery(QUERY).withParameters(Map.of("elementId", elementId)).execute().records().stream()
                .map(ProvenanceReader::entry)
                .toList();
    }

    /**
     * The sources of {@code prov} entries ({@code runId|sha256|locator}) read with their elements, by
     * entry; entries not in that form are left out.
     */
    public Map<String, ProvenanceEntry> entries(Collection<String> entries) {
        var wellFormed = entries.stream()
                .filter(e -> e.chars().filter(c -> c == '|').count() >= 2)
                .distinct()
                .toList();
        var found = new LinkedHashMap<String, ProvenanceEntry>();
        if (wellFormed.isEmpty()) {
            return found;
        }
        graph.readQuery(ENTRIES)
                .withParameters(Map.of("entries", wellFormed))
                .execute()
                .records()
                .forEach(record -> found.put(record.get("entry").asString(), entry(record)));
        return found;
    }

    private static ProvenanceEntry entry(Record record) {
        return new ProvenanceEntry(
                record.get("source").isNull() ? null : record.get("source").asString(),
                record.get("locator").asString(),
                record.get("sha256").asString(),
                record.get("runId").asString(),
                record.get("runStartedAt").isNull()
                        ? null
                        : record.get("runStartedAt").asZonedDateTime().toInstant(),
                record.get("job").isNull() ? null : record.get("job").asString());
    }
}
