package org.flowtrace.api.cli;

import java.time.Instant;
import java.util.concurrent.Callable;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.sameas.SameAsStatus;
import org.flowtrace.graph.sameas.SameAsWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code flowtrace resolve confirm|reject <party> <party>}: an analyst's decision on a pair, kept by every
 * later resolution run; a pair resolution never proposed is linked (confirm) or kept apart (reject) all
 * the same.
 */
abstract sealed class ResolveDecisionCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Parameters(index = "0", paramLabel = "PARTY", description = "Key of one party (as `resolve list` shows it)")
    String left;

    @Parameters(index = "1", paramLabel = "OTHER", description = "Key of the other party")
    String right;

    @Option(names = "--analyst", description = "Who decides (default: the user name)")
    String analyst = System.getProperty("user.name", "analyst");

    @Option(names = "--note", description = "Why, in a few words")
    String note;

    @Spec
    CommandSpec spec;

    abstract SameAsStatus status();

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        try (var context = ApplicationStarter.start(connection)) {
            var previous = new SameAsWriter(context.getBean(GraphConnection.class))
                    .decide(left, right, status(), analyst, note, Instant.now());
            out.printf(
                    "%s ~ %s: %s (was %s)%n",
                    left, right, status(), previous.map(Enum::name).orElse("not linked"));
        }
        return 0;
    }

    @Command(name = "confirm", description = "Confirm that two parties are the same (kept across re-runs).")
    static final class Confirm extends ResolveDecisionCommand {
        @Override
        SameAsStatus status() {
            return SameAsStatus.CONFIRMED;
        }
    }

    @Command(
            name = "reject",
            description = "Reject a SAME_AS candidate: the two parties are different (kept across re-runs).")
    static final class Reject extends ResolveDecisionCommand {
        @Override
        SameAsStatus status() {
            return SameAsStatus.REJECTED;
        }
    }
}
