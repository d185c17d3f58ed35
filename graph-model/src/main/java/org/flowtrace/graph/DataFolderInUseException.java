package org.flowtrace.graph;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** Another process holds the data folder; the message says which and how to connect to it instead. */
public final class DataFolderInUseException extends GraphException {

    private final Path dataDir;
    private final @Nullable Long pid;
    private final @Nullable String boltUri;

    public DataFolderInUseException(Path dataDir, @Nullable Long pid, @Nullable String boltUri) {
        super(message(dataDir, pid, boltUri));
        this.dataDir = dataDir;
        this.pid = pid;
        this.boltUri = boltUri;
    }

    private static String message(Path dataDir, @Nullable Long pid, @Nullable String boltUri) {
        var owner = pid == null ? "another process" : "process " + pid;
        var hint = boltUri == null
                ? "stop it, or connect to its Neo4j with --neo4j-uri"
                : "connect with --neo4j-uri " + boltUri;
        return "data folder " + dataDir.toAbsolutePath() + " in use by " + owner + "; " + hint;
    }

    public Path dataDir() {
        return dataDir;
    }

    public @Nullable Long pid() {
        return pid;
    }

    public @Nullable String boltUri() {
        return boltUri;
    }
}
