package org.flowtrace.api.cli;

import java.util.concurrent.Callable;
import org.flowtrace.analytics.ownership.LinkParameters;
import org.flowtrace.analytics.ownership.OperatorLinks;
import org.flowtrace.api.ownership.OwnershipOutput;
import org.flowtrace.graph.connection.GraphConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code flowtrace links}: ranked paths from a party, account or wallet to designated operators. */
@Command(
        name = "links",
        description = "Ranked paths from a party, account or wallet to designated operators through ownership,"
                + " control, SAME_AS, account holding, wallet control, list links and money flows; each hop with"
                + " its evidence and source.")
final class LinksCommand implements Callable<Integer> {

    enum Target {
        operators
    }

    @Mixin
    ConnectionOptions connection;

    @Parameters(
            index = "0",
            paramLabel = "START",
            description = "A party key, name or alias; an account (BIC:number); a wallet (CHAIN:address)")
    String start;

    @Option(
            names = "--to",
            defaultValue = "operators",
            description = "What to find paths to: operators (designated parties and wallets)")
    Target to;

    @Option(names = "--max-hops", defaultValue = "8", description = "The longest path (default: ${DEFAULT-VALUE})")
    int maxHops;

    @Option(names = "--top", defaultValue = "10", description = "How many paths (default: ${DEFAULT-VALUE})")
    int top;

    @Option(
            names = "--min-same-as-score",
            defaultValue = "0.8",
            description =
                    "Follow SAME_AS candidates scoring at least this; confirmed links always (default: ${DEFAULT-VALUE})")
    double minSameAsScore;

    @Option(
            names = "--max-degree",
            defaultValue = "1000",
            description = "An account or wallet with more transfers than this is a hub: reported, not searched"
                    + " through; exchanges' custodial wallets never are (default: ${DEFAULT-VALUE})")
    int maxDegree;

    @Mixin
    FormatOption output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LinkParameters parameters;
        try {
            var defaults = LinkParameters.DEFAULTS;
            parameters = new LinkParameters(
                    maxHops, top, minSameAsScore, defaults.maxNodes(), defaults.maxLinksPerNode(), maxDegree);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        try (var context = ApplicationStarter.start(connection)) {
            output.format()
                    .print(
                            new OperatorLinks(context.getBean(GraphConnection.class)).from(start, parameters),
                            spec.commandLine().getOut(),
                            OwnershipOutput::links,
                            OwnershipOutput::linksJson);
        }
        return 0;
    }
}
