package org.flowtrace.api.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.flowtrace.samples.generator.DataSetFormat;
import org.flowtrace.samples.generator.GeneratorOptions;
import org.flowtrace.samples.generator.LedgerGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code flowtrace generate}: a deterministic labelled data set (ledger CSV in the AMLworld layout,
 * USDT on TRON and Ethereum, a TagPack of the exchanges' wallets) and its ground truth. Needs no
 * database.
 */
@Command(
        name = "generate",
        description = "Write a deterministic labelled data set: ledger.csv (AMLworld layout with references),"
                + " fx-rates.csv, tron/ (TronGrid pages), ethereum/ (ethereum-etl CSV), tagpacks/, the planted scam"
                + " compounds' goaml/ STRs, camt053/ statements, bods.json and designations.csv, and truth.json.")
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
            description = "Formats to write, comma-separated: ledger, tron, ethereum, tagpacks, goaml, camt053, bods,"
                    + " designations, or all (default: ${DEFAULT-VALUE})")
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
        GeneratorOptions options;
        try {
            var chosen = EnumSet.noneOf(DataSetFormat.class);
            for (var format : formats) {
                if (format.strip().equals("all")) {
                    chosen.addAll(DataSetFormat.all());
                } else {
                    chosen.add(DataSetFormat.parse(format));
                }
            }
            options = new GeneratorOptions(seed, accounts, transfers, launderingRate, start, out, chosen);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        var out = spec.commandLine().getOut();
        long started = System.nanoTime();
        var summary = new LedgerGenerator(options).generate(rows -> {
            if (!quiet) {
                out.printf("%,d rows written%n", rows);
                out.flush();
            }
        });
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf(
                "Generated %,d rows and %,d on-chain transfers (%,d ledger rows in laundering patterns and scam"
                        + " compounds; %,d laundering patterns, %,d compounds, %,d look-alikes) in %.1f s%n",
                summary.rows(),
                summary.chainTransfers(),
                summary.launderingRows(),
                summary.patterns(),
                summary.compounds(),
                summary.lookAlikes(),
                seconds);
        summary.files().forEach(file -> out.printf("  %s%n", file));
        return 0;
    }
}
