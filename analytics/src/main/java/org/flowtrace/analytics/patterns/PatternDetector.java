package org.flowtrace.analytics.patterns;

import java.util.List;
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
}
