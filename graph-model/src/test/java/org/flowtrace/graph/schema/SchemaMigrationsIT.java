package org.flowtrace.graph.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.testing.Neo4jTest;
import org.junit.jupiter.api.Test;

@Neo4jTest
class SchemaMigrationsIT {

    @Test
    void applying_the_migrations_twice_changes_nothing(GraphConnection graph) {
        var migrations = new SchemaMigrations(graph);
        var first = migrations.apply();
        var schemaAfterFirst = schema(graph);
        var appliedAfterFirst = migrations.appliedCount();

        var second = migrations.apply();

        assertThat(second).isEqualTo(first).contains(SchemaMigrations.LATEST_VERSION);
        assertThat(schema(graph)).isEqualTo(schemaAfterFirst);
        assertThat(migrations.appliedCount()).isEqualTo(appliedAfterFirst).isEqualTo(SchemaMigrations.SCRIPT_COUNT);
        assertThat(migrations.currentVersion()).contains(SchemaMigrations.LATEST_VERSION);
    }

    @Test
    void the_declared_latest_version_is_the_newest_script_shipped(GraphConnection graph) {
        var shipped = new SchemaMigrations(graph).shippedVersions();

        assertThat(shipped).hasSize(SchemaMigrations.SCRIPT_COUNT).last().isEqualTo(SchemaMigrations.LATEST_VERSION);
    }

    @Test
    void the_list_of_shipped_scripts_names_exactly_the_scripts_in_the_folder() throws Exception {
        var folder =
                Path.of(Objects.requireNonNull(getClass().getClassLoader().getResource(ShippedSchemaScripts.FOLDER))
                        .toURI());
        try (var files = Files.list(folder)) {
            assertThat(ShippedSchemaScripts.names())
                    .containsExactlyElementsOf(
                            files.map(file -> file.getFileName().toString())
                                    .filter(name -> name.endsWith(".cypher"))
                                    .sorted()
                                    .toList());
        }
    }

    @Test
    void every_evidence_label_has_its_key_constraint_and_transfers_a_unique_id(GraphConnection graph) {
        new SchemaMigrations(graph).apply();

        assertThat(schema(graph))
                .contains(
                        "account_key",
                        "wallet_key",
                        "party_key",
                        "asset_code",
                        "report_key",
                        "transfer_id",
                        "transfer_at");
    }

    private static List<String> schema(GraphConnection graph) {
        var constraints =
                graph.readQuery("SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name").execute().records().stream()
                        .map(r -> "constraint:" + r.get("name").asString());
        var indexes = graph
                .readQuery("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name ORDER BY name")
                .execute()
                .records()
                .stream()
                .map(r -> r.get("name").asString());
        return java.util.stream.Stream.concat(constraints, indexes)
                .map(s -> s.replace("constraint:", ""))
                .toList();
    }
}
