/**
 * The command line: a picocli command per verb ({@code status}, {@code serve} …). Each command parses
 * its options, starts the Spring application with them, does its work and closes it, so that the
 * embedded Neo4j always shuts down cleanly.
 */
@NullMarked
package org.flowtrace.api.cli;

import org.jspecify.annotations.NullMarked;
