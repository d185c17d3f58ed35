package org.flowtrace.graph;

/** Root of the unchecked exceptions the graph module throws; each subtype carries its context as fields. */
public abstract sealed class GraphException extends RuntimeException
        permits AmbiguousPartyException,
                BulkImportException,
                DataFolderInUseException,
                EmbeddedStartException,
                SchemaMigrationException,
                UnknownPartyException {

    protected GraphException(String message) {
        super(message);
    }

    protected GraphException(String message, Throwable cause) {
        super(message, cause);
    }
}
