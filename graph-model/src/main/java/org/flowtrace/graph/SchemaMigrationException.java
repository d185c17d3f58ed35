package org.flowtrace.graph;

/** The schema migrations could not be applied or read. */
public final class SchemaMigrationException extends GraphException {

    public SchemaMigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
