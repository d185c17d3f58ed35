package org.flowtrace.analytics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.flowtrace.graph.connection.GraphConnection;

/**
 * Runs a Cypher fixture of {@code src/test/resources/fixtures/}: statements end with a {@code ;} at a line's
 * end; lines starting with {@code //} are comments.
 */
public final class CypherFixture {

    private CypherFixture() {}

    /** Runs the fixture {@code fixtures/<name>} (e.g. {@code screening/str.cypher}). */
    public static void load(GraphConnection graph, String name) {
        try (var in = Objects.requireNonNull(CypherFixture.class.getResourceAsStream("/fixtures/" + name), name)) {
            var text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (var statement : text.split(";\\s*\\n")) {
                if (!statement
                        .lines()
                        .allMatch(line -> line.isBlank() || line.strip().startsWith("//"))) {
                    graph.query(statement).execute();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
