package org.flowtrace.graph;

/** The offline import could not be run or failed. */
public final class BulkImportException extends GraphException {

    public BulkImportException(String message) {
        super(message);
    }
}
