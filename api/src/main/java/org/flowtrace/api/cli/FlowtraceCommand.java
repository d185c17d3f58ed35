package org.flowtrace.api.cli;

import java.io.PrintWriter;
import org.flowtrace.graph.DataFolderInUseException;
import org.flowtrace.graph.GraphException;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code flowtrace} command: dispatches to a subcommand and turns failures into clear messages and exit codes. */
@Command(
        name = "flowtrace",
        mixinStandardHelpOptions = true,
        version = "flowtrace 0.1.0",
        description = "Traces money for anti-money-laundering work: one evidence graph, with provenance.",
        subcommands = {
            StatusCommand.class,
            ServeCommand.class,
            UsersCommand.class,
            IngestCommand.class,
            GenerateCommand.class,
            DetectCommand.class,
            FindingsCommand.class,
            ResolveCommand.class,
            ScreenCommand.class,
            EvaluateCommand.class,
            TraceCommand.class,
            OwnersCommand.class,
            LinksCommand.class,
            RestitutionCommand.class,
            CaseCommand.class,
            DemoCommand.class,
            HelpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:the command failed (the message says why)",
            "2:invalid command or options",
            "3:the data folder is in use by another flowtrace process"
        })
public final class FlowtraceCommand implements Runnable {

    static final int FAILED = 1;
    static final int FOLDER_IN_USE = 3;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: see 'flowtrace --help'");
    }

    /** Runs the command line and returns the process exit code. */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /** The configured command line, for callers that redirect its output. */
    public static CommandLine commandLine() {
        var commandLine = new CommandLine(new FlowtraceCommand());
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            var err = cmd.getErr();
            boolean verbose =
                    parseResult.subcommand() != null && parseResult.subcommand().hasMatchedOption("--verbose");
            return report(exception, err, verbose);
        });
        return commandLine;
    }

    private static int report(Exception exception, PrintWriter err, boolean verbose) {
        Throwable cause = exception;
        GraphException graphProblem = null;
        Throwable driverProblem = null;
        for (var t = cause; t != null; t = t.getCause()) {
            if (t instanceof GraphException g && graphProblem == null) {
                graphProblem = g;
            }
            if ((t instanceof ServiceUnavailableException || t instanceof AuthenticationException)
                    && driverProblem == null) {
                driverProblem = t;
            }
            cause = t;
        }
        if (graphProblem != null) {
            err.println("flowtrace: " + graphProblem.getMessage());
        } else if (driverProblem != null) {
            err.println("flowtrace: cannot connect to Neo4j: " + driverProblem.getMessage());
        } else {
            err.println("flowtrace: " + cause.getMessage());
        }
        if (verbose) {
            exception.printStackTrace(err);
        } else {
            err.println("(run with --verbose for details)");
        }
        err.flush();
        return graphProblem instanceof DataFolderInUseException ? FOLDER_IN_USE : FAILED;
    }
}
