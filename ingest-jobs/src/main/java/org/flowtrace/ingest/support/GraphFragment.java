package org.flowtrace.ingest.support;

import java.util.Objects;
import org.flowtrace.graph.ownership.OwnershipGraph;

/**
 * What one source record states, as an {@link OwnershipGraph}, with where the record is (for a reject
 * in the write phase).
 */
public record GraphFragment(String locator, OwnershipGraph graph) implements Locatable {

    public GraphFragment {
        Objects.requireNonNull(locator, "locator");
        Objects.requireNonNull(graph, "graph");
    }
}
