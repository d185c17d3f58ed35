package org.flowtrace.graph.explore;

import java.util.List;

/**
 * An element's neighbourhood for the graph explorer.
 *
 * @param nodes the centre first (both ends for a transfer), then the neighbours, largest USD total first;
 *     empty when the element does not exist
 * @param edges the edges between the centre and the neighbours shown
 * @param truncated whether the element has more neighbours (within the filter) than were shown
 */
public record NeighbourGraph(List<GraphNode> nodes, List<GraphEdge> edges, boolean truncated) {

    public NeighbourGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }
}
