package org.flowtrace.graph.embedded;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How to start the embedded DBMS.
 *
 * @param dataDir the flowtrace data folder; the store lives in {@code dataDir/neo4j}
 * @param boltPort the loopback port for Bolt, {@code 0} for any free port
 * @param pageCache page cache size in Neo4j's notation ({@code 512m}, {@code 2g})
 */
public record EmbeddedSettings(Path dataDir, int boltPort, String pageCache) {

    public EmbeddedSettings {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(pageCache, "pageCache");
        if (boltPort < 0 || boltPort > 65535) {
            throw new IllegalArgumentException("bolt port out of range: " + boltPort);
        }
    }

    public static EmbeddedSettings inFolder(Path dataDir) {
        return new EmbeddedSettings(dataDir, 0, "512m");
    }
}
