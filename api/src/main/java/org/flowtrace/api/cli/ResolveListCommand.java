package org.flowtrace.api.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.sameas.SameAsStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code flowtrace resolve list}: the stored SAME_AS links, strongest first. */
@Command(name = "list", description = "List SAME_AS links, strongest first, with their reasons and status.")
final class ResolveListCommand implements Callable<Integer> {

    private static final String LINKS = """
            MATCH (a:Party)-[s:SAME_AS]->(b:Party)
            WHERE ($status IS NULL OR s.status = $status) AND coalesce(s.score, 1.0) >= $minScore
            RETURN a.key AS left, a.name AS leftName, b.key AS right, b.name AS rightName, s.score AS score,
                   s.status AS status, s.reasons AS reasons, s.fromSources AS leftSources,
                   s.toSources AS rightSources, s.runId AS runId, s.decidedBy AS decidedBy
            ORDER BY coalesce(s.score, 1.0) DESC, s.key
            LIMIT $top
            """;

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--status", description = "Only CANDIDATE, CONFIRMED or REJECTED links (default: all)")
    SameAsStatus status;

    @Option(names = "--min-score", defaultValue = "0", description = "Lowest score shown (default: ${DEFAULT-VALUE})")
    double minScore;

    @Option(names = "--top", defaultValue = "50", description = "How many (default: ${DEFAULT-VALUE})")
    int top;

    @Mixin
    FormatOption output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        try (var context = ApplicationStarter.start(connection)) {
            var parameters = new HashMap<String, Object>();
            parameters.put("status", status == null ? null : status.name());
            parameters.put("minScore", minScore);
            parameters.put("top", top);
            var rows = context
                    .getBean(GraphConnection.class)
                    .readQuery(LINKS)
                    .withParameters(parameters)
                    .execute()
                    .records()
                    .stream()
                    .map(record -> record.asMap())
                    .toList();
            if (output.format() == OutputFormat.json) {
                OutputFormat.printJson(out, rows);
            } else {
                out.printf("%-5s  %-9s  %s%n", "score", "status", "parties and reasons");
                for (var row : rows) {
                    var score = row.get("score");
                    out.printf(
                            Locale.ROOT,
                            "%-5s  %-9s  %s (%s)  ~  %s (%s)%n",
                            score == null ? "-" : String.format(Locale.ROOT, "%.3f", ((Number) score).doubleValue()),
                            row.get("status"),
                            row.get("left"),
                            row.get("leftName"),
                            row.get("right"),
                            row.get("rightName"));
                    if (row.get("reasons") instanceof List<?> reasons && !reasons.isEmpty()) {
                        out.printf(
                                "                  %s%n",
                                String.join(
                                        "; ",
                                        reasons.stream().map(String::valueOf).toList()));
                    }
                }
                out.printf("%d SAME_AS links shown%n", rows.size());
            }
        }
        return 0;
    }
}
