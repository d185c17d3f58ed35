/**
 * Spring wiring of the graph: the embedded Neo4j by default, an external server when a URI is
 * configured, the schema migrations applied at start-up.
 */
@NullMarked
package org.flowtrace.api.graph;

import org.jspecify.annotations.NullMarked;
