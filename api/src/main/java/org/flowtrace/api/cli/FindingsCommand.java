package org.flowtrace.api.cli;

import java.util.LinkedHashMap;
import java.util.concurrent.Callable;
import org.flowtrace.analytics.coercion.PossibleVictims;
import org.flowtrace.analytics.coercion.SuspectRanking;
import org.flowtrace.api.findings.FindingsOutput;
import org.flowtrace.api.findings.RankedFinding;
import org.flowtrace.graph.connection.GraphConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code flowtrace findings}: the stored findings, strongest first, the suspects they point at, and apart
 * from both the possible victims of trafficking with the non-punishment reminder.
 */
@Command(
        name = "findings",
        description = "List the stored findings and the suspects, strongest first, and apart from them the possible"
                + " victims of trafficking.")
final class FindingsCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Option(names = "--top", defaultValue = "20", description = "How many (default: ${DEFAULT-VALUE})")
    int top;

    @Mixin
    FormatOption output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        try (var context = ApplicationStarter.start(connection)) {
            var graph = context.getBean(GraphConnection.class);
            var findings = RankedFinding.top(graph, top);
            var suspects = SuspectRanking.top(graph, top);
            var victims = PossibleVictims.of(graph);
            if (output.format() == OutputFormat.json) {
                var json = new LinkedHashMap<String, Object>();
                json.put("findings", findings);
                json.put("suspects", suspects);
                json.put("possibleVictimsOfTrafficking", victims);
                json.put("nonPunishment", PossibleVictims.NON_PUNISHMENT);
                OutputFormat.printJson(out, json);
            } else {
                out.print(FindingsOutput.findings(findings));
                out.println();
                out.print(FindingsOutput.suspects(suspects));
                out.println();
                out.print(FindingsOutput.victims(victims));
            }
        }
        out.flush();
        return 0;
    }
}
