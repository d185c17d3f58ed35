package org.flowtrace.analytics.ownership;

import java.util.List;

/**
 * A path from the start to a designated operator: its nodes in order (the last one designated), the
 * hops between them, and its score ({@link OperatorLinks}).
 */
public record OperatorPath(List<LinkNode> nodes, List<LinkHop> hops, double score) {

    public OperatorPath {
        nodes = List.copyOf(nodes);
        hops = List.copyOf(hops);
        if (nodes.size() != hops.size() + 1) {
            throw new IllegalArgumentException("a path has one node more than it has hops");
        }
    }

    /** The designated node the path reaches. */
    public LinkNode target() {
        return nodes.getLast();
    }
}
