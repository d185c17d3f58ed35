package org.flowtrace.graph.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.flowtrace.graph.connection.ExternalNeo4j;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.embedded.EmbeddedSettings;
import org.flowtrace.graph.schema.SchemaMigrations;
import org.testcontainers.neo4j.Neo4jContainer;

/** The one Neo4j of a test JVM, started on first use and stopped when the JVM exits. */
public final class TestNeo4j {

    /** The system property that picks the server: {@code embedded} (default) or {@code testcontainers}. */
    public static final String MODE_PROPERTY = "flowtrace.test.neo4j";

    private static final String IMAGE = "neo4j:2026.08.1-community";

    private static GraphConnection connection;

    private TestNeo4j() {}

    /** The shared connection, with migrations applied. */
    public static synchronized GraphConnection connection() {
        if (connection == null) {
            connection = start();
            new SchemaMigrations(connection).apply();
        }
        return connection;
    }

    private static GraphConnection start() {
        var mode = System.getProperty(MODE_PROPERTY, "embedded");
        return switch (mode) {
            case "embedded" -> startEmbedded();
            case "testcontainers" -> startContainer();
            default ->
                throw new IllegalStateException(MODE_PROPERTY + " must be embedded or testcontainers, not " + mode);
        };
    }

    private static GraphConnection startEmbedded() {
        try {
            var dir = Files.createTempDirectory("flowtrace-test-neo4j");
            var graph = GraphConnection.embedded(EmbeddedSettings.inFolder(dir));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                graph.close();
                deleteTree(dir);
            }));
            return graph;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("resource") // stopped by the shutdown hook
    private static GraphConnection startContainer() {
        var container = new Neo4jContainer(IMAGE).withoutAuthentication();
        container.start();
        var graph = GraphConnection.external(new ExternalNeo4j(URI.create(container.getBoltUrl()), null, null, null));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            graph.close();
            container.stop();
        }));
        return graph;
    }

    /** Deletes every node and relationship except the migrations' own bookkeeping; the schema stays. */
    public static void clear(GraphConnection graph) {
        try (var session = graph.driver().session(graph.sessionConfig())) {
            session.run("""
                    MATCH (n) WHERE NOT any(label IN labels(n) WHERE label STARTS WITH '__Neo4jMigration')
                    CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
                    """).consume();
        }
    }

    static void deleteTree(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
