/**
 * The flowtrace evidence graph: its schema, the domain values stored in it, and the Cypher that
 * reads and writes them. Nothing here depends on Spring.
 */
@NullMarked
package org.flowtrace.graph;

import org.jspecify.annotations.NullMarked;
