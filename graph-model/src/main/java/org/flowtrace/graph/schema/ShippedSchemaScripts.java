package org.flowtrace.graph.schema;

import ac.simons.neo4j.migrations.core.ClasspathResourceScanner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Finds the schema scripts by the list in {@code neo4j/migrations/scripts.txt} instead of letting
 * Neo4j-Migrations scan every jar on the class path (several hundred with the embedded Neo4j: seconds
 * at every start). {@code SchemaMigrationsIT} checks that the list names exactly the scripts in the
 * folder.
 */
final class ShippedSchemaScripts implements ClasspathResourceScanner {

    static final String FOLDER = "neo4j/migrations/";
    private static final String LIST = "scripts.txt";

    @Override
    public List<URL> scan(List<String> locations) {
        return names().stream().map(ShippedSchemaScripts::resource).toList();
    }

    /** The script file names in the list, in its order. */
    static List<String> names() {
        var list = resource(LIST);
        try (var in = list.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FOLDER + LIST, e);
        }
    }

    private static URL resource(String name) {
        return Objects.requireNonNull(
                ShippedSchemaScripts.class.getClassLoader().getResource(FOLDER + name),
                () -> FOLDER + name + " is not on the class path");
    }
}
