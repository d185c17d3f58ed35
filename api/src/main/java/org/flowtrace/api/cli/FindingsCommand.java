package org.flowtrace.api.cli;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.flowtrace.graph.connection.GraphConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code flowtrace findings}: the stored findings, strongest first. */
@Command(name = "findings", description = "List the stored findings, strongest first.")
final class FindingsCommand implements Callable<Integer> {

    private static final String TOP = """
            MATCH (f:Finding)
            RETURN f.key AS key, f.typology AS typology, f.score AS score, f.explanation AS explanation,
                   f.transferCount AS transfers, toString(f.firstAt) AS firstAt, toString(f.lastAt) AS lastAt,
                   f.detector + ' ' + f.detectorVersion AS detector, f.runId AS runId
            ORDER BY f.score DESC, f.key
            LIMIT $top
            """;

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--top", defaultValue = "20", description = "How many (default: ${DEFAULT-VALUE})")
    int top;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        try (var context = ApplicationStarter.start(connection)) {
            var graph = context.getBean(GraphConnection.class);
            var rows = graph.readQuery(TOP).withParameters(Map.of("top", top)).execute().records().stream()
                    .map(record -> record.asMap())
                    .toList();
            if (format == OutputFormat.json) {
                OutputFormat.printJson(out, rows);
            } else {
                out.printf("%-5s  %-13s  %s%n", "score", "typology", "explanation");
                for (var row : rows) {
                    out.printf(
                            Locale.ROOT,
                            "%.2f   %-13s  %s%n",
                            ((Number) row.get("score")).doubleValue(),
                            row.get("typology"),
                            row.get("explanation"));
                }
                out.printf("%d findings shown%n", rows.size());
            }
        }
        return 0;
    }
}
