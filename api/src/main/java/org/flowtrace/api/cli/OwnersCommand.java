package org.flowtrace.api.cli;

import java.util.concurrent.Callable;
import org.flowtrace.analytics.ownership.OwnershipParameters;
import org.flowtrace.analytics.ownership.UltimateOwners;
import org.flowtrace.api.ownership.OwnershipOutput;
import org.flowtrace.graph.connection.GraphConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code flowtrace owners}: the ultimate beneficial owners of a company, with their paths and sources. */
@Command(
        name = "owners",
        description = "Ultimate beneficial owners of a company: shares multiplied along chains, cycles solved"
                + " exactly, ranges kept as ranges, control without shares shown as control; each path hop by hop"
                + " with its source.")
final class OwnersCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Parameters(
            index = "0",
            paramLabel = "COMPANY",
            description = "The company's party key, or its name or an alias (exact, any case)")
    String company;

    @Option(
            names = "--threshold",
            defaultValue = "25",
            paramLabel = "PERCENT",
            description = "An owner holds more than this share (default: ${DEFAULT-VALUE})")
    double threshold;

    @Mixin
    FormatOption output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (threshold < 0 || threshold >= 100) {
            throw new ParameterException(
                    spec.commandLine(), "--threshold: a percentage from 0 up to 100, not " + threshold);
        }
        var parameters = OwnershipParameters.DEFAULTS.withThresholdPercent(threshold);
        try (var context = ApplicationStarter.start(connection)) {
            output.format()
                    .print(
                            new UltimateOwners(context.getBean(GraphConnection.class)).of(company, parameters),
                            spec.commandLine().getOut(),
                            OwnershipOutput::owners,
                            OwnershipOutput::ownersJson);
        }
        return 0;
    }
}
