package org.flowtrace.api.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.flowtrace.analytics.cases.CaseBuilder;
import org.flowtrace.analytics.cases.CaseContents;
import org.flowtrace.analytics.cases.CaseParameters;
import org.flowtrace.analytics.cases.CaseReader;
import org.flowtrace.analytics.cases.PredicateOffence;
import org.flowtrace.analytics.tracing.TaintAllocator;
import org.flowtrace.api.cases.CasePack;
import org.flowtrace.graph.connection.GraphConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code flowtrace case build|export}: gathers findings, traces, links to operators, reports and provenance
 * around a start into a stored case, and writes it as a case pack (HTML, JSON or FollowTheMoney).
 */
@Command(
        name = "case",
        description = "Predicate-offence cases: build one around a finding, party, account or wallet; export it as"
                + " a case pack (for FIU and prosecutor use only: it contains STR content).",
        subcommands = {CaseCommand.Build.class, CaseCommand.Export.class})
final class CaseCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand: build or export");
    }

    /** Prints what a case holds, offence by offence. */
    static void summary(CaseContents contents, java.io.PrintWriter out) {
        out.printf(
                "Case %s from %s: %d facts, %d pieces of evidence, %d traces, %d paths to operators%n",
                contents.name(),
                contents.start(),
                contents.facts().size(),
                contents.evidence().size(),
                contents.traces().size(),
                contents.operatorPaths().size());
        for (var offence : PredicateOffence.values()) {
            out.printf(
                    "  %-34s %d%n", offence.title(), contents.evidence(offence).size());
        }
        if (!contents.victims().isEmpty()) {
            out.printf(
                    "  possible victims (never suspects): %d%n",
                    contents.victims().size());
        }
    }

    @Command(
            name = "build",
            description = "Gather a bounded neighbourhood of a finding, party, account or wallet into a case"
                    + " (rebuilding a name replaces its contents).")
    static final class Build implements Callable<Integer> {

        @Mixin
        ConnectionOptions connection;

        @Option(names = "--name", required = true, description = "The case's name")
        String name;

        @Option(
                names = "--from",
                required = true,
                paramLabel = "START",
                description = "A finding key, a party key, name or alias, an account (BIC:number) or a wallet"
                        + " (CHAIN:address)")
        String from;

        @Option(names = "--analyst", description = "Who builds it (default: the user name)")
        String analyst = System.getProperty("user.name", "analyst");

        @Option(
                names = "--method",
                defaultValue = "libr",
                description =
                        "Allocation rule of the traces: poison, haircut, fifo, lifo, libr (default: ${DEFAULT-VALUE})")
        String method;

        @Option(
                names = "--max-hops",
                defaultValue = "4",
                description = "Hops of each trace (default: ${DEFAULT-VALUE})")
        int maxHops;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            CaseParameters parameters;
            try {
                var defaults = CaseParameters.DEFAULTS;
                parameters = new CaseParameters(
                        TaintAllocator.named(method),
                        maxHops,
                        defaults.linkHops(),
                        defaults.maxTraceStarts(),
                        defaults.maxFindings(),
                        defaults.maxElements());
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            var out = spec.commandLine().getOut();
            try (var context = ApplicationStarter.start(connection)) {
                var contents =
                        new CaseBuilder(context.getBean(GraphConnection.class)).build(name, from, analyst, parameters);
                summary(contents, out);
                out.println("Export it: ./flowtrace case export " + name + " --format html");
            }
            out.flush();
            return 0;
        }
    }

    @Command(
            name = "export",
            description = "Write a case pack: html (one offline page), json, or ftm (FollowTheMoney entities,"
                    + " JSON lines). Every pack is marked for FIU and prosecutor use only.")
    static final class Export implements Callable<Integer> {

        @Mixin
        ConnectionOptions connection;

        @Parameters(index = "0", paramLabel = "NAME", description = "The case's name")
        String name;

        @Option(
                names = "--format",
                defaultValue = "html",
                split = ",",
                description = "html, json or ftm; several with commas (default: ${DEFAULT-VALUE})")
        List<CasePack.Format> formats;

        @Option(
                names = "--out",
                paramLabel = "DIR",
                defaultValue = ".",
                description = "Folder (default: the current one)")
        Path out;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            var printer = spec.commandLine().getOut();
            try (var context = ApplicationStarter.start(connection)) {
                var contents = new CaseReader(context.getBean(GraphConnection.class)).read(name);
                for (var format : formats) {
                    printer.println("Case pack written to "
                            + CasePack.write(contents, format, out).toAbsolutePath());
                }
            }
            printer.println(CaseContents.MARKING);
            printer.flush();
            return 0;
        }
    }
}
