/**
 * The bulk initial load: transfers, their endpoints and provenance written as CSV files for Neo4j's
 * offline import tool ({@code neo4j-admin database import full}, run in this process), for loading a
 * large source into an empty database an order of magnitude faster than transactional writes, with
 * the same nodes, relationships, keys and properties as the transactional writers.
 */
@NullMarked
package org.flowtrace.graph.bulk;

import org.jspecify.annotations.NullMarked;
