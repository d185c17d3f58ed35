package org.flowtrace.graph.embedded;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.flowtrace.graph.DataFolderInUseException;
import org.flowtrace.graph.EmbeddedStartException;
import org.jspecify.annotations.Nullable;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Neo4j Community running in this process, reachable only through Bolt on 127.0.0.1 without
 * authentication (loopback only). The store lives in {@code <dataDir>/neo4j}; the data folder is
 * locked for the lifetime of this object (by this object, or by a caller that passes its lock).
 *
 * <p>Neo4j keeps non-daemon threads: call {@link #close()} (a command-line run must, or the JVM never
 * exits).
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

    private static final Duration BOLT_SHUTDOWN_QUIET = Duration.ofMillis(100);

    private final Path dataDir;
    private final @Nullable DataFolderLock ownLock;
    private final DatabaseManagementService dbms;
    private final URI boltUri;

    private EmbeddedNeo4j(Path dataDir, @Nullable DataFolderLock ownLock, DatabaseManagementService dbms, URI boltUri) {
        this.dataDir = dataDir;
        this.ownLock = ownLock;
        this.dbms = dbms;
        this.boltUri = boltUri;
    }

    /**
     * Locks the data folder and starts the DBMS.
     *
     * @throws DataFolderInUseException when another process holds the folder
     * @throws EmbeddedStartException when Neo4j fails to start
     */
    public static EmbeddedNeo4j start(EmbeddedSettings settings) {
        var lock = DataFolderLock.acquire(settings.dataDir().toAbsolutePath().normalize());
        try {
            return start(settings, lock, true);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Starts the DBMS in a data folder whose lock the caller already holds (and keeps: closing this
     * object does not release it).
     */
    public static EmbeddedNeo4j start(EmbeddedSettings settings, DataFolderLock heldLock) {
        return start(settings, heldLock, false);
    }

    private static EmbeddedNeo4j start(EmbeddedSettings settings, DataFolderLock lock, boolean ownsLock) {
        var dataDir = settings.dataDir().toAbsolutePath().normalize();
        DatabaseManagementService dbms = null;
        try {
            long started = System.nanoTime();
            dbms = new DatabaseManagementServiceBuilder(dataDir.resolve("neo4j"))
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", settings.boltPort()))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(settings.pageCache()))
                    .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                    // Bolt's event loops otherwise wait 5 s each for quiet at shutdown (10 s per command run);
                    // every client of this process has closed its driver by then.
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, BOLT_SHUTDOWN_QUIET)
                    .build();
            var system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
            var port = system.getDependencyResolver()
                    .resolveDependency(ConnectorPortRegister.class)
                    .getLocalAddress(ConnectorType.BOLT);
            var uri = URI.create("bolt://127.0.0.1:" + port.getPort());
            lock.record(uri.toString());
            log.info("Embedded Neo4j started in {} ms, Bolt at {}", (System.nanoTime() - started) / 1_000_000, uri);
            return new EmbeddedNeo4j(dataDir, ownsLock ? lock : null, dbms, uri);
        } catch (RuntimeException e) {
            if (dbms != null) {
                dbms.shutdown();
            }
            throw new EmbeddedStartException(dataDir, String.valueOf(e.getMessage()), e);
        }
    }

    public URI boltUri() {
        return boltUri;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path storeDir() {
        return dataDir.resolve("neo4j");
    }

    @Override
    public void close() {
        try {
            dbms.shutdown();
        } finally {
            if (ownLock != null) {
                ownLock.close();
            }
        }
        log.info("Embedded Neo4j stopped");
    }
}
