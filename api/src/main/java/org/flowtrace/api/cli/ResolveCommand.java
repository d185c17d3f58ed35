package org.flowtrace.api.cli;

import java.time.Instant;
import java.util.concurrent.Callable;
import org.flowtrace.analytics.coercion.CoercedWorkerIndicators;
import org.flowtrace.analytics.coercion.CoercionParameters;
import org.flowtrace.analytics.resolution.EntityResolution;
import org.flowtrace.analytics.resolution.ResolutionParameters;
import org.flowtrace.graph.connection.GraphConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code flowtrace resolve}: links party records that name the same person or organisation with
 * {@code SAME_AS} candidates; its subcommands list them and record an analyst's decision.
 */
@Command(
        name = "resolve",
        description = "Find party records that name the same person or organisation and link them with scored"
                + " SAME_AS candidates (never merging; re-running adds nothing and keeps analysts' decisions)."
                + " After a detection, when new links tie the register's companies' accounts to designated"
                + " operators, the possible victims of trafficking are marked again.",
        subcommands = {
            ResolveListCommand.class,
            ResolveDecisionCommand.Confirm.class,
            ResolveDecisionCommand.Reject.class
        })
final class ResolveCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Option(
            names = "--threshold",
            description = "Lowest score (0-1] written as a candidate (default: ${DEFAULT-VALUE})",
            defaultValue = "0.8")
    double threshold;

    @Option(
            names = "--max-block",
            description = "Blocks of more parties than this are not compared within (default: ${DEFAULT-VALUE})",
            defaultValue = "300")
    int maxBlock;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ResolutionParameters parameters;
        try {
            parameters = new ResolutionParameters(threshold, maxBlock);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        var out = spec.commandLine().getOut();
        try (var context = ApplicationStarter.start(connection)) {
            var runId = "resolve-" + Instant.now().toEpochMilli();
            var summary = new EntityResolution(context.getBean(GraphConnection.class), parameters).run(runId, line -> {
                out.println(line);
                out.flush();
            });
            out.printf(
                    "Resolution run %s: %,d parties, %,d pairs compared, %,d SAME_AS candidates (%,d new)%n",
                    runId, summary.parties(), summary.comparisons(), summary.candidates(), summary.created());
            if (summary.created() > 0) { // new links may tie the register's companies to designated operators
                new CoercedWorkerIndicators(context.getBean(GraphConnection.class), CoercionParameters.DEFAULTS)
                        .afterResolution(runId, line -> {
                            out.println(line);
                            out.flush();
                        });
            }
        }
        return 0;
    }
}
