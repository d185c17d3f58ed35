/**
 * The graph schema as versioned Neo4j-Migrations scripts ({@code neo4j/migrations/V####__*.cypher})
 * and the one class that applies them at start-up.
 */
@NullMarked
package org.flowtrace.graph.schema;

import org.jspecify.annotations.NullMarked;
