package org.flowtrace.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.ingest.support.IngestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads back what an ingest test loaded: counts, single values, rejects, and a checksum of the graph. */
public final class LoadedGraph {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final GraphConnection graph;

    public LoadedGraph(GraphConnection graph) {
        this.graph = graph;
    }

    public long count(String cypher) {
        return graph.readQuery(cypher).execute().records().getFirst().get("c").asLong();
    }

    /** The {@code s} column of the first row, as a string. */
    public String single(String cypher) {
        var records = graph.readQuery(cypher).execute().records();
        if (records.isEmpty()) {
            throw new AssertionError("no row for: " + cypher);
        }
        return records.getFirst().get("s").asString();
    }

    /** The {@code s} column of every row. */
    public List<String> column(String cypher) {
        return graph.readQuery(cypher).execute().records().stream()
                .map(r -> r.get("s").asString())
                .toList();
    }

    /**
     * A result's rejects as {@code <file name> <locator> <field or ->: <reason>}. A run that skipped
     * nothing has none, whatever file an earlier test JVM left under its run id.
     */
    public static List<String> rejects(IngestResult result) {
        var rejects = result.rejectsIfAny();
        if (rejects == null || result.skipped() == 0) {
            return List.of();
        }
        var lines = new ArrayList<String>();
        try {
            for (var line : Files.readAllLines(rejects)) {
                JsonNode reject = JSON.readTree(line);
                var field = reject.get("field");
                lines.add(Path.of(reject.get("file").asString()).getFileName() + " "
                        + reject.get("locator").asString() + " "
                        + (field == null || field.isNull() ? "-" : field.asString())
                        + ": " + reject.get("reason").asString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /**
     * Every node's labels and properties and every relationship's ends, type and properties (ingest
     * runs and migrations aside), sorted: equal checksums mean an identical graph, provenance lists
     * included.
     */
    public String checksum() {
        var lines = new ArrayList<String>();
        graph.readQuery("""
                        MATCH (n) WHERE NOT n:IngestRun AND NOT n:SourceFile
                          AND none(l IN labels(n) WHERE l STARTS WITH '__')
                        RETURN labels(n) AS l, properties(n) AS p
                        """)
                .execute()
                .records()
                .forEach(r ->
                        lines.add(r.get("l").asList() + new TreeMap<>(r.get("p").asMap()).toString()));
        graph.readQuery("""
                        MATCH (a)-[r]->(b) WHERE NOT a:IngestRun AND none(l IN labels(a) WHERE l STARTS WITH '__')
                        RETURN coalesce(a.key, a.code) AS a, type(r) AS t, coalesce(b.key, b.code) AS b, properties(r) AS p
                        """)
                .execute()
                .records()
                .forEach(r -> lines.add(r.get("a").asString() + "-" + r.get("t").asString() + "->"
                        + r.get("b").asString() + new TreeMap<>(r.get("p").asMap())));
        Collections.sort(lines);
        return lines.size() + "|" + String.join(";", lines);
    }

    /**
     * {@link #checksum()} with the run ids in provenance entries masked, to compare the graphs two
     * different runs of one source left.
     */
    public String checksumAcrossRuns() {
        return checksum().replaceAll("[a-z0-9-]+-\\d+\\|([0-9a-f]{64})\\|", "run|$1|");
    }

    /** Deletes every evidence node and relationship (ingest runs, sources and migrations stay). */
    public void clearEvidence() {
        graph.query("""
                        MATCH (n) WHERE NOT n:IngestRun AND NOT n:SourceFile
                          AND NOT any(l IN labels(n) WHERE l STARTS WITH '__')
                        DETACH DELETE n""").execute();
    }
}
