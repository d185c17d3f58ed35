package org.flowtrace.graph.explore;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An edge of a neighbourhood: all transfers from one node to another in the window (type
 * {@code TRANSFER}), or the relationships of one other type from one node to another (count 1 for each
 * such relationship).
 *
 * @param id unique within the graph shown: {@code type:source->target}
 * @param source the {@link GraphNode#id()} it leaves from
 * @param target the {@link GraphNode#id()} it goes to
 * @param type the relationship type ({@code TRANSFER}, {@code HOLDS}, {@code INVOLVES} …)
 * @param count how many relationships it stands for
 * @param totalUsd transfers: the exact sum of their USD values, as a decimal string; {@code null} when none
 *     of them has one, and for other types
 * @param first transfers: the first one's time
 * @param last transfers: the last one's time
 */
public record GraphEdge(
        String id,
        String source,
        String target,
        String type,
        long count,
        @Nullable String totalUsd,
        @Nullable Instant first,
        @Nullable Instant last) {

    public GraphEdge {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(type, "type");
    }
}
