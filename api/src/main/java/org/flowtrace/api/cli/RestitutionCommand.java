package org.flowtrace.api.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.flowtrace.analytics.tracing.Figures;
import org.flowtrace.analytics.tracing.Restitution;
import org.flowtrace.api.tracing.RestitutionInputs;
import org.flowtrace.api.tracing.RestitutionOutput;
import org.flowtrace.graph.connection.GraphConnection;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code flowtrace restitution}: traces victims' payments and writes the restitution schedule (CSV and HTML). */
@Command(
        name = "restitution",
        description = "Trace victims' payments by one rule and write the restitution schedule: per victim and endpoint"
                + " the traced value, claims and awards (pro rata where recovered assets fall short), as CSV and HTML.")
final class RestitutionCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Option(
            names = "--victims",
            required = true,
            paramLabel = "CSV",
            description = "victim,name,transfer — one row per payment (layout in docs/tracing.md)")
    Path victims;

    @Mixin
    AllocationOptions allocation;

    @Option(
            names = "--recovered",
            paramLabel = "CSV",
            description =
                    "endpoint,amount,currency,frozen_at[,usd_value] — what was frozen where (default: what rests at each endpoint)")
    @Nullable
    Path recovered;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "flowtrace-restitution",
            description = "Where the CSV files and restitution.html go (default: ${DEFAULT-VALUE})")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var rule = allocation.rule();
        var horizon = allocation.until();
        var payments = RestitutionInputs.victims(victims);
        var assets = recovered == null
                ? List.<org.flowtrace.analytics.tracing.RecoveredAsset>of()
                : RestitutionInputs.recovered(recovered);
        var printer = spec.commandLine().getOut();
        try (var context = ApplicationStarter.start(connection)) {
            var schedule = new Restitution(context.getBean(GraphConnection.class))
                    .schedule(payments, assets, rule, allocation.maxHops, horizon);
            printer.printf("Restitution schedule (%s, USD)%n", rule.name());
            printer.printf("%-12s %-32s %14s %14s%n", "victim", "name", "paid in", "awarded");
            for (var v : schedule.victims()) {
                printer.printf(
                        "%-12s %-32s %14s %14s%n",
                        v.victim(), v.name(), Figures.amount(v.paidIn()), Figures.amount(v.awarded()));
            }
            for (var e : schedule.endpoints()) {
                printer.printf(
                        "Endpoint %s: %s available, %s awarded, %s not traced to victims (%s)%n",
                        e.endpoint(),
                        Figures.amount(e.available()),
                        Figures.amount(e.awarded()),
                        Figures.amount(e.remainder()),
                        e.arithmetic());
            }
            for (var file : RestitutionOutput.write(schedule, out)) {
                printer.println("Written: " + file.toAbsolutePath());
            }
        }
        printer.flush();
        return 0;
    }
}
