package org.flowtrace.graph.status;

import java.time.Instant;
import java.util.List;
import java.util.SortedMap;
import org.jspecify.annotations.Nullable;

/**
 * A snapshot of the graph for {@code flowtrace status}.
 *
 * @param neo4jVersion the server's version
 * @param edition community or enterprise
 * @param nodesByLabel evidence node counts per label (bookkeeping labels starting with {@code __} left out)
 * @param relationshipsByType relationship counts per type
 * @param recentRuns the latest ingest runs, newest first
 */
public record GraphStatus(
        String neo4jVersion,
        String edition,
        SortedMap<String, Long> nodesByLabel,
        SortedMap<String, Long> relationshipsByType,
        List<RunSummary> recentRuns) {

    /** One ingest run as listed by status. */
    public record RunSummary(
            String id,
            String job,
            @Nullable Instant startedAt,
            @Nullable String status) {}

    public long totalNodes() {
        return nodesByLabel.values().stream().mapToLong(Long::longValue).sum();
    }

    public long totalRelationships() {
        return relationshipsByType.values().stream().mapToLong(Long::longValue).sum();
    }
}
