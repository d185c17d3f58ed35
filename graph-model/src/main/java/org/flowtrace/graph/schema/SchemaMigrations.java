package org.flowtrace.graph.schema;

import ac.simons.neo4j.migrations.core.MigrationChain;
import ac.simons.neo4j.migrations.core.MigrationState;
import ac.simons.neo4j.migrations.core.MigrationVersion;
import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import ac.simons.neo4j.migrations.core.MigrationsException;
import java.util.Optional;
import org.flowtrace.graph.SchemaMigrationException;
import org.flowtrace.graph.connection.GraphConnection;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;

/**
 * Applies the versioned schema scripts under {@code classpath:neo4j/migrations}. Applying is
 * idempotent: scripts already recorded in the database are skipped, and every statement is written
 * with {@code IF NOT EXISTS}.
 */
public final class SchemaMigrations {

    static final String LOCATION = "classpath:neo4j/migrations";

    /**
     * The version of the newest script this build ships; bump it with every new script and list the
     * script in {@code neo4j/migrations/scripts.txt} ({@code SchemaMigrationsIT} checks both).
     */
    public static final String LATEST_VERSION = "0008";

    /** How many scripts this build ships (version numbers may have gaps). */
    public static final int SCRIPT_COUNT = 6;

    private final Migrations migrations;

    public SchemaMigrations(Driver driver, @Nullable String database) {
        var config = MigrationsConfig.builder()
                .withLocationsToScan(LOCATION)
                .withResourceScanner(new ShippedSchemaScripts())
                .withPackagesToScan()
                .withInstalledBy("flowtrace");
        if (database != null) {
            config.withDatabase(database);
        }
        this.migrations = new Migrations(config.build(), driver);
    }

    public SchemaMigrations(GraphConnection connection) {
        this(connection.driver(), connection.database());
    }

    /** Applies pending scripts and returns the schema version now in force. */
    public Optional<String> apply() {
        try {
            return migrations.apply().map(MigrationVersion::getValue);
        } catch (MigrationsException e) {
            throw new SchemaMigrationException("cannot apply schema migrations: " + e.getMessage(), e);
        }
    }

    /** The schema version recorded in the database, empty before the first migration. */
    public Optional<String> currentVersion() {
        return chain().getLastAppliedVersion().map(MigrationVersion::getValue);
    }

    /** How many scripts the database has recorded as applied. */
    public long appliedCount() {
        return chain().getElements().stream()
                .filter(element -> element.getState() == MigrationState.APPLIED)
                .count();
    }

    /** Versions of the scripts on the classpath, oldest first. */
    public java.util.List<String> shippedVersions() {
        try {
            return migrations.info(MigrationChain.ChainBuilderMode.LOCAL).getElements().stream()
                    .map(MigrationChain.Element::getVersion)
                    .toList();
        } catch (MigrationsException e) {
            throw new SchemaMigrationException("cannot list the shipped schema scripts: " + e.getMessage(), e);
        }
    }

    private MigrationChain chain() {
        try {
            return migrations.info(MigrationChain.ChainBuilderMode.REMOTE);
        } catch (MigrationsException e) {
            throw new SchemaMigrationException("cannot read the applied schema version: " + e.getMessage(), e);
        }
    }
}
