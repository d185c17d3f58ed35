/**
 * One way to reach the graph whichever Neo4j serves it: the embedded default or an external server or
 * cluster. Callers get a driver and a database name and never need to know which.
 */
@NullMarked
package org.flowtrace.graph.connection;

import org.jspecify.annotations.NullMarked;
