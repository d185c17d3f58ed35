package org.flowtrace.api.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * Options every command that touches the graph accepts. Each one maps to a configuration key, so the
 * same setting can come from the environment ({@code FLOWTRACE_NEO4J_URI}, {@code FLOWTRACE_DATA_DIR}
 * …) or {@code ./flowtrace.properties}; the command line wins.
 */
final class ConnectionOptions {

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description = "Data folder (embedded store, job repository, rejects). Default: ./flowtrace-data")
    @Nullable
    Path dataDir;

    @Option(
            names = "--neo4j-uri",
            paramLabel = "URI",
            description =
                    "Use this external Neo4j or cluster instead of the embedded one (bolt://…, neo4j://…). Env: FLOWTRACE_NEO4J_URI")
    @Nullable
    String neo4jUri;

    @Option(
            names = "--neo4j-user",
            paramLabel = "USER",
            description = "User for the external Neo4j. Env: FLOWTRACE_NEO4J_USER")
    @Nullable
    String neo4jUser;

    @Option(
            names = "--neo4j-password",
            paramLabel = "PASSWORD",
            description = "Password for the external Neo4j; prefer env FLOWTRACE_NEO4J_PASSWORD")
    @Nullable
    String neo4jPassword;

    @Option(
            names = "--neo4j-database",
            paramLabel = "NAME",
            description = "Database on the external Neo4j. Default: the server's default")
    @Nullable
    String neo4jDatabase;

    @Option(
            names = "--bolt-port",
            paramLabel = "PORT",
            description = "Embedded only: loopback Bolt port. Default: a free port")
    @Nullable
    Integer boltPort;

    @Option(
            names = "--jdbc-url",
            paramLabel = "URL",
            description =
                    "Keep the job repository in this database (e.g. jdbc:postgresql://127.0.0.1:5432/flowtrace). Default: H2 file in the data folder")
    @Nullable
    String jdbcUrl;

    @Option(names = "--jdbc-user", paramLabel = "USER", description = "User for --jdbc-url")
    @Nullable
    String jdbcUser;

    @Option(
            names = "--jdbc-password",
            paramLabel = "PASSWORD",
            description = "Password for --jdbc-url; prefer env FLOWTRACE_JOB_REPOSITORY_PASSWORD")
    @Nullable
    String jdbcPassword;

    @Option(
            names = {"-v", "--verbose"},
            description = "Log details (and stack traces of errors)")
    boolean verbose;

    /** The configuration keys these options set; options not given are left to the other sources. */
    Map<String, Object> properties() {
        var properties = new LinkedHashMap<String, Object>();
        putIfGiven(
                properties,
                "flowtrace.data-dir",
                dataDir == null ? null : dataDir.toAbsolutePath().toString());
        putIfGiven(properties, "flowtrace.neo4j.uri", neo4jUri);
        putIfGiven(properties, "flowtrace.neo4j.user", neo4jUser);
        putIfGiven(properties, "flowtrace.neo4j.password", neo4jPassword);
        putIfGiven(properties, "flowtrace.neo4j.database", neo4jDatabase);
        putIfGiven(properties, "flowtrace.neo4j.bolt-port", boltPort);
        putIfGiven(properties, "flowtrace.job-repository.url", jdbcUrl);
        putIfGiven(properties, "flowtrace.job-repository.user", jdbcUser);
        putIfGiven(properties, "flowtrace.job-repository.password", jdbcPassword);
        if (verbose) {
            properties.put("logging.level.org.flowtrace", "DEBUG");
        }
        return properties;
    }

    private static void putIfGiven(Map<String, Object> properties, String key, @Nullable Object value) {
        if (value != null) {
            properties.put(key, value);
        }
    }
}
