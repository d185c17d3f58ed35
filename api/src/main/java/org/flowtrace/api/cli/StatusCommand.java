package org.flowtrace.api.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.flowtrace.api.graph.FlowtraceProperties;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.schema.SchemaMigrations;
import org.flowtrace.graph.status.GraphStatus;
import org.flowtrace.graph.status.GraphStatusReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code flowtrace status}: which Neo4j, which schema version, what the graph holds, the last ingest runs. */
@Command(
        name = "status",
        description = "Show the Neo4j in use, the schema version, counts by label and type, and the last ingest runs.")
final class StatusCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Option(
            names = "--runs",
            paramLabel = "N",
            defaultValue = "5",
            description = "How many recent ingest runs to list (default: ${DEFAULT-VALUE})")
    int runs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (var context = ApplicationStarter.start(connection)) {
            var graph = context.getBean(GraphConnection.class);
            var migrations = context.getBean(SchemaMigrations.class);
            var dataDir = context.getBean(FlowtraceProperties.class)
                    .dataDir()
                    .toAbsolutePath()
                    .normalize();
            print(
                    spec.commandLine().getOut(),
                    graph,
                    migrations,
                    dataDir.toString(),
                    new GraphStatusReader(graph).read(runs));
        }
        return 0;
    }

    private static void print(
            PrintWriter out, GraphConnection graph, SchemaMigrations migrations, String dataDir, GraphStatus status) {
        out.printf(
                "Neo4j          %s %s, %s%n",
                status.neo4jVersion(), status.edition(), graph.mode().name().toLowerCase());
        out.printf("Bolt           %s%n", graph.displayUri());
        out.printf("Store          %s%n", graph.storeDir().map(Object::toString).orElse("(external server)"));
        out.printf("Data folder    %s%n", dataDir);
        out.printf(
                "Schema         version %s (%d migrations applied)%n",
                migrations.currentVersion().orElse("none"), migrations.appliedCount());
        out.printf("Nodes          %d%n", status.totalNodes());
        status.nodesByLabel().forEach((label, count) -> out.printf("  %-20s %,d%n", label, count));
        out.printf("Relationships  %d%n", status.totalRelationships());
        status.relationshipsByType().forEach((type, count) -> out.printf("  %-20s %,d%n", type, count));
        if (status.recentRuns().isEmpty()) {
            out.println("Ingest runs    none yet");
        } else {
            out.println("Ingest runs");
            status.recentRuns()
                    .forEach(run ->
                            out.printf("  %-24s %-12s %-10s %s%n", run.id(), run.job(), run.status(), run.startedAt()));
        }
        out.flush();
    }
}
