package org.flowtrace.api.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.flowtrace.samples.generator.CompoundFormat;
import org.flowtrace.samples.generator.GeneratorOptions;
import org.flowtrace.samples.generator.LedgerGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code flowtrace generate}: a deterministic labelled data set (ledger CSV in the AMLworld layout and
 * its ground truth). Needs no database.
 */
@Command(
        name = "generate",
        description = "Write a deterministic labelled data set: ledger.csv (AMLworld layout), fx-rates.csv, the planted"
                + " scam compounds' goAML STRs, camt.053 statements, BODS ownership and designations, and truth.json.")
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--accounts", defaultValue = "100000", description = "Accounts (default: ${DEFAULT-VALUE})")
    int accounts;

    @Option(
            names = "--transfers",
            defaultValue = "5000000",
            description = "Ledger rows, planted ones included (default: ${DEFAULT-VALUE})")
    long transfers;

    @Option(
            names = "--laundering-rate",
            defaultValue = "0.001",
            description = "Share of rows in planted laundering patterns (default: ${DEFAULT-VALUE})")
    double launderingRate;

    @Option(
            names = "--start",
            defaultValue = "2022-09-01T00:00:00Z",
            description = "First instant of the period (default: ${DEFAULT-VALUE})")
    Instant start;

    @Option(
            names = "--formats",
            split = ",",
            defaultValue = "all",
            description = "Formats to write: ledger (always), goaml, camt053, bods, designations, or all"
                    + " (default: ${DEFAULT-VALUE})")
    List<String> formats;

    @Option(names = "--out", required = true, description = "Folder to write to")
    Path out;

    @Option(
            names = {"-q", "--quiet"},
            description = "Only the summary")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var compoundFormats = EnumSet.noneOf(CompoundFormat.class);
        for (var format : formats) {
            if (format.equals("all")) {
                compoundFormats.addAll(CompoundFormat.all());
            } else if (!format.equals("ledger")) {
                compoundFormats.add(CompoundFormat.named(format)
                        .orElseThrow(() -> new ParameterException(
                                spec.commandLine(),
                                "Unknown format for --formats: '" + format
                                        + "' (available: ledger, goaml, camt053, bods, designations, all)")));
            }
        }
        GeneratorOptions options;
        try {
            options = new GeneratorOptions(seed, accounts, transfers, launderingRate, start, out);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        var out = spec.commandLine().getOut();
        long started = System.nanoTime();
        var summary = new LedgerGenerator(options, compoundFormats).generate(rows -> {
            if (!quiet) {
                out.printf("%,d rows written%n", rows);
                out.flush();
            }
        });
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf(
                "Generated %,d rows (%,d laundering, in %,d laundering patterns and %,d scam compounds; %,d look-alikes)"
                        + " in %.1f s%n  %s%n  %s%n",
                summary.rows(),
                summary.launderingRows(),
                summary.patterns(),
                summary.compounds(),
                summary.lookAlikes(),
                seconds,
                summary.ledger(),
                summary.truth());
        return 0;
    }
}
