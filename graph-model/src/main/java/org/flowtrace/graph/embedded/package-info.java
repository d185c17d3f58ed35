/**
 * The embedded default: a Neo4j Community DBMS started in this process with Bolt on loopback, guarded
 * by a lock on its data folder so that a second process fails clearly instead of corrupting the
 * store. Everything else still talks to it through the Neo4j Java Driver.
 */
@NullMarked
package org.flowtrace.graph.embedded;

import org.jspecify.annotations.NullMarked;
