package org.flowtrace.analytics.patterns;

import java.util.List;
import java.util.function.IntPredicate;
import org.flowtrace.analytics.projection.TransferProjection;
import org.flowtrace.graph.finding.Finding;

/**
 * One laundering typology's detector. A detector reads the transfer projection only (never evaluation
 * labels), is deterministic, and names its version so that a changed definition is visible in every
 * finding it makes.
 */
public interface PatternDetector {

    /** The detector's name, also the prefix of its findings' keys. */
    String name();

    /** The typology its findings carry. */
    String typology();

    /** The version of its definition. */
    String version();

    List<Finding> detect(TransferProjection graph);

    /**
     * What an incremental run ({@code detect --since}) must examine again for this detector: by default
     * {@link Reach#WHOLE_GRAPH}, the detector runs fully. A detector whose findings each hang on one
     * account or wallet (its anchor) and depend on transfers within a known reach of it says so, and
     * implements {@link #detect(TransferProjection, IntPredicate)}.
     */
    default Reach reach() {
        return Reach.WHOLE_GRAPH;
    }

    /**
     * The findings anchored at the endpoints {@code anchors} accepts, exactly as {@link
     * #detect(TransferProjection)} makes them for those endpoints; by default every finding.
     */
    default List<Finding> detect(TransferProjection graph, IntPredicate anchors) {
        return detect(graph);
    }
}
