package org.flowtrace.api.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.flowtrace.analytics.screening.Designation;
import org.flowtrace.analytics.screening.PublicSources;
import org.flowtrace.analytics.screening.Screening;
import org.flowtrace.analytics.screening.ScreeningAnswer;
import org.flowtrace.analytics.screening.ScreeningParameters;
import org.flowtrace.analytics.screening.ScreeningQuery;
import org.flowtrace.graph.connection.GraphConnection;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code flowtrace screen}: a counterparty's risk from public sources only (analytics {@code screening}). */
@Command(
        name = "screen",
        description = "Screen a counterparty against sanctions and designation lists, public ownership registers,"
                + " attribution tags and on-chain transfers: a score with its reasons. Built from public sources"
                + " only: reports to the FIU, bank ledgers and statements are never read.")
final class ScreenCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Parameters(index = "0", paramLabel = "NAME", description = "The name, in any script")
    String name;

    @Option(names = "--country", paramLabel = "CC", description = "A country of the party (ISO code or name)")
    @Nullable
    String country;

    @Option(names = "--dob", paramLabel = "YYYY[-MM[-DD]]", description = "Date of birth, as far as known")
    @Nullable
    String dateOfBirth;

    @Option(
            names = "--wallet",
            paramLabel = "CHAIN:ADDR",
            description = "A wallet of the party (TRON:T…, ETHEREUM:0x…)")
    @Nullable
    String wallet;

    @Option(
            names = "--registration",
            paramLabel = "ID",
            description = "Company registration number (CC:number, or the number with --country)")
    @Nullable
    String registration;

    @Mixin
    FormatOption output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ScreeningQuery query;
        try {
            query = new ScreeningQuery(name, country, dateOfBirth, wallet, registration);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        try (var context = ApplicationStarter.start(connection)) {
            var screening = Screening.load(
                    context.getBean(GraphConnection.class), PublicSources.DEFAULT, ScreeningParameters.DEFAULTS);
            print(screening.screen(query), output.format(), spec.commandLine().getOut());
        }
        return 0;
    }

    /** Prints an answer as a table for people or as JSON (the record as it is) for programs. */
    static void print(ScreeningAnswer answer, OutputFormat format, PrintWriter out) {
        if (format == OutputFormat.json) {
            OutputFormat.printJson(out, answer);
            return;
        }
        var query = answer.query();
        out.printf(
                "Screening %s%s%s%s%s%n",
                query.name(),
                detail("country", query.country()),
                detail("born", query.dateOfBirth()),
                detail("wallet", query.wallet()),
                detail("registration", query.registration()));
        out.printf(Locale.ROOT, "Risk: %s (%.2f)%n", answer.level(), answer.score());
        section(out, "Reasons, strongest first", answer.reasons());
        section(
                out,
                "Designation hits",
                answer.designations().stream()
                        .map(h -> String.format(
                                Locale.ROOT,
                                "%.2f  %s  %s  %s",
                                h.match(),
                                h.name(),
                                h.party(),
                                listings(h.listings())))
                        .toList());
        section(
                out,
                "Links to designated parties",
                answer.ownershipLinks().stream()
                        .map(l -> String.format(
                                Locale.ROOT,
                                "%.2f  %s %s  →  %s (%s)",
                                l.contribution(),
                                l.name(),
                                String.join(" ", l.path()),
                                l.designatedName(),
                                listings(l.listings())))
                        .toList());
        section(
                out,
                "Wallet exposure",
                answer.walletExposures().stream()
                        .map(e -> String.format(
                                Locale.ROOT,
                                "%.2f  %s %s, %d transfer%s: %s",
                                e.contribution(),
                                e.direction(),
                                e.wallet(),
                                e.hops(),
                                e.hops() == 1 ? "" : "s",
                                String.join(", ", e.attributions())))
                        .toList());
        out.println("Searched: " + answer.searched());
    }

    private static void section(PrintWriter out, String title, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        out.println(title + ":");
        lines.forEach(line -> out.println("  " + line));
    }

    private static String listings(List<Designation> listings) {
        return String.join("; ", listings.stream().map(Designation::toString).toList());
    }

    private static String detail(String label, @Nullable String value) {
        return value == null ? "" : ", " + label + " " + value;
    }
}
