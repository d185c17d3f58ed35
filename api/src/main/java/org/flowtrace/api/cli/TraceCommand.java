package org.flowtrace.api.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.flowtrace.analytics.tracing.TraceRequest;
import org.flowtrace.analytics.tracing.Tracer;
import org.flowtrace.api.tracing.TraceOutput;
import org.flowtrace.graph.connection.GraphConnection;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code flowtrace trace}: follows value forward or backward from a transfer, account or wallet by one allocation rule. */
@Command(
        name = "trace",
        description = "Follow value forward or backward from a transfer, account or wallet, allocated by one rule"
                + " (poison, haircut, fifo, lifo, libr); every hop names its transfer, time, amount and rule step.")
final class TraceCommand implements Callable<Integer> {

    enum Direction {
        forward,
        backward
    }

    @Mixin
    ConnectionOptions connection;

    @Option(
            names = "--from",
            required = true,
            paramLabel = "ID|KEY",
            description = "A transfer id, an account (BIC:number) or a wallet (CHAIN:address)")
    String from;

    @Option(
            names = "--direction",
            defaultValue = "forward",
            description = "forward or backward (default: ${DEFAULT-VALUE})")
    Direction direction;

    @Mixin
    AllocationOptions allocation;

    @Option(
            names = "--format",
            defaultValue = "table",
            description = "table, json, csv or html (default: ${DEFAULT-VALUE})")
    TraceOutput.Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of the terminal")
    @Nullable
    Path outFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var request = new TraceRequest(
                from,
                direction == Direction.forward ? TraceRequest.Direction.FORWARD : TraceRequest.Direction.BACKWARD,
                allocation.rule(),
                allocation.maxHops,
                allocation.until());
        try (var context = ApplicationStarter.start(connection)) {
            var result = new Tracer(context.getBean(GraphConnection.class)).trace(request);
            if (outFile == null) {
                TraceOutput.write(result, format, spec.commandLine().getOut());
            } else {
                try (var writer = new PrintWriter(Files.newBufferedWriter(outFile, StandardCharsets.UTF_8))) {
                    TraceOutput.write(result, format, writer);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write " + outFile, e);
                }
                spec.commandLine().getOut().println("Trace written to " + outFile.toAbsolutePath());
            }
        }
        return 0;
    }
}
