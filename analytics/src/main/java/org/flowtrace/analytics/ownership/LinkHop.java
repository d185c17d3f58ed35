package org.flowtrace.analytics.ownership;

import java.util.List;
import java.util.Objects;
import org.flowtrace.graph.provenance.ProvenanceEntry;

/**
 * One hop of a path to an operator: the relationship between {@code from} and {@code to}, the way it
 * points in the graph, what it says and where it was read.
 *
 * @param forward whether the relationship points from {@code from} to {@code to} (an owner is reached
 *     against an {@code OWNS}: forward false)
 * @param evidence what the relationship states: share, interest type and date, resolution score and
 *     reasons, transfers with exact amounts and times
 * @param strength the strength of the evidence, 0–1 ({@link LinkKind})
 */
public record LinkHop(
        String from,
        String to,
        LinkKind kind,
        boolean forward,
        String evidence,
        double strength,
        List<ProvenanceEntry> sources) {

    public LinkHop {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(evidence, "evidence");
        sources = List.copyOf(sources);
    }
}
