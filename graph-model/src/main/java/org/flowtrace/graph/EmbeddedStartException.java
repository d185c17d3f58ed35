package org.flowtrace.graph;

import java.nio.file.Path;

/** The embedded DBMS could not be started on a data folder. */
public final class EmbeddedStartException extends GraphException {

    private final Path dataDir;

    public EmbeddedStartException(Path dataDir, String reason, Throwable cause) {
        super("cannot start the embedded Neo4j in " + dataDir.toAbsolutePath() + ": " + reason, cause);
        this.dataDir = dataDir;
    }

    public Path dataDir() {
        return dataDir;
    }
}
