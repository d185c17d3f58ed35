package org.flowtrace.graph.connection;

import java.nio.file.Path;
import java.util.Optional;
import org.flowtrace.graph.embedded.DataFolderLock;
import org.flowtrace.graph.embedded.EmbeddedNeo4j;
import org.flowtrace.graph.embedded.EmbeddedSettings;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.ExecutableQuery;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.SessionConfig;

/**
 * A driver to the graph, over Bolt in both modes: the embedded DBMS started here, or an external
 * server. Closing it closes the driver and, in embedded mode, stops the DBMS.
 */
public final class GraphConnection implements AutoCloseable {

    /** Where the graph is served from. */
    public enum Mode {
        EMBEDDED,
        EXTERNAL
    }

    private final Driver driver;
    private final @Nullable String database;
    private final Mode mode;
    private final String displayUri;
    private final @Nullable EmbeddedNeo4j embedded;

    private GraphConnection(
            Driver driver, @Nullable String database, Mode mode, String displayUri, @Nullable EmbeddedNeo4j embedded) {
        this.driver = driver;
        this.database = database;
        this.mode = mode;
        this.displayUri = displayUri;
        this.embedded = embedded;
    }

    /** Starts the embedded DBMS in the settings' data folder and connects to it over Bolt. */
    public static GraphConnection embedded(EmbeddedSettings settings) {
        return connect(EmbeddedNeo4j.start(settings));
    }

    /** As {@link #embedded(EmbeddedSettings)}, in a data folder whose lock the caller holds. */
    public static GraphConnection embedded(EmbeddedSettings settings, DataFolderLock heldLock) {
        return connect(EmbeddedNeo4j.start(settings, heldLock));
    }

    private static GraphConnection connect(EmbeddedNeo4j server) {
        try {
            var driver = GraphDatabase.driver(
                    server.boltUri(),
                    AuthTokens.none(),
                    driverConfig().withoutEncryption().build());
            driver.verifyConnectivity();
            return new GraphConnection(
                    driver, null, Mode.EMBEDDED, server.boltUri().toString(), server);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** Connects to an external server or cluster; fails fast when it cannot be reached. */
    public static GraphConnection external(ExternalNeo4j target) {
        var auth = target.user() == null
                ? AuthTokens.none()
                : AuthTokens.basic(target.user(), target.password() == null ? "" : target.password());
        var driver = GraphDatabase.driver(target.uri(), auth, driverConfig().build());
        try {
            driver.verifyConnectivity();
        } catch (RuntimeException e) {
            driver.close();
            throw e;
        }
        return new GraphConnection(driver, target.database(), Mode.EXTERNAL, target.displayUri(), null);
    }

    /**
     * Encryption follows the URI scheme for external servers; the embedded one listens on loopback only.
     * The driver logs through SLF4J, which checks the level before formatting: its default
     * ({@code System.Logger}) formats every Bolt message at debug level, parameters included, even when
     * debug is off — for a batch of transfers, megabytes of text per statement.
     */
    private static Config.ConfigBuilder driverConfig() {
        return Config.builder().withUserAgent("flowtrace").withLogging(Logging.slf4j());
    }

    public Driver driver() {
        return driver;
    }

    /** The database name, or {@code null} for the server's default database. */
    public @Nullable String database() {
        return database;
    }

    /** A session configuration bound to {@link #database()}. */
    public SessionConfig sessionConfig() {
        return database == null ? SessionConfig.defaultConfig() : SessionConfig.forDatabase(database);
    }

    /**
     * A managed-transaction query on {@link #database()}: the driver retries it on transient failures.
     * Routing defaults to writers; use {@link #readQuery(String)} for reads.
     */
    public ExecutableQuery query(String cypher) {
        return driver.executableQuery(cypher).withConfig(queryConfig(RoutingControl.WRITE));
    }

    /** As {@link #query(String)}, routed to readers in a cluster. */
    public ExecutableQuery readQuery(String cypher) {
        return driver.executableQuery(cypher).withConfig(queryConfig(RoutingControl.READ));
    }

    private QueryConfig queryConfig(RoutingControl routing) {
        var config = QueryConfig.builder().withRouting(routing);
        if (database != null) {
            config.withDatabase(database);
        }
        return config.build();
    }

    public Mode mode() {
        return mode;
    }

    /** The Bolt URI clients can use (embedded: the loopback URI of this process's DBMS). */
    public String displayUri() {
        return displayUri;
    }

    /** The store folder, in embedded mode. */
    public Optional<Path> storeDir() {
        return Optional.ofNullable(embedded).map(EmbeddedNeo4j::storeDir);
    }

    @Override
    public void close() {
        try {
            driver.close();
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
