package org.flowtrace.samples.generator;

import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What to generate.
 *
 * @param seed the seed; the same options give byte-identical files
 * @param accounts accounts in the population (at least 1,000)
 * @param transfers rows of the ledger, planted ones included (at least 1,000)
 * @param launderingRate the share of rows that belong to planted laundering patterns (0 to 0.2)
 * @param start the first instant of the period covered
 * @param out the folder the files are written to
 * @param formats the formats written ({@code --formats}); the data are the same whichever are chosen
 */
public record GeneratorOptions(
        long seed,
        int accounts,
        long transfers,
        double launderingRate,
        Instant start,
        Path out,
        Set<DataSetFormat> formats) {

    /** AMLworld's high-illicit sets launder about one transfer in a thousand. */
    public static final double DEFAULT_LAUNDERING_RATE = 0.001;

    public static final Instant DEFAULT_START = Instant.parse("2022-09-01T00:00:00Z");

    public GeneratorOptions {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(out, "out");
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("--formats names no format");
        }
        formats = Set.copyOf(EnumSet.copyOf(formats));
        if (accounts < 1_000) {
            throw new IllegalArgumentException("--accounts must be at least 1,000: " + accounts);
        }
        if (transfers < 1_000) {
            throw new IllegalArgumentException("--transfers must be at least 1,000: " + transfers);
        }
        if (!(launderingRate >= 0 && launderingRate <= 0.2)) {
            throw new IllegalArgumentException("--laundering-rate must be between 0 and 0.2: " + launderingRate);
        }
    }

    /** Every format. */
    public GeneratorOptions(long seed, int accounts, long transfers, double launderingRate, Instant start, Path out) {
        this(seed, accounts, transfers, launderingRate, start, out, DataSetFormat.all());
    }

    /** Whether {@code format} is written. */
    public boolean writes(DataSetFormat format) {
        return formats.contains(format);
    }

    /** Days covered: about 100,000 transfers a day, at least a fortnight, at most a year. */
    public int days() {
        return (int) Math.max(14, Math.min(365, transfers / 100_000));
    }
}
