package org.flowtrace.samples.generator;

import java.util.List;

/**
 * {@code truth.json}: what a generated data set holds on purpose. Schema (version 1):
 *
 * <ul>
 *   <li>{@code version}, {@code seed}, {@code accounts}, {@code transfers}, {@code launderingRate},
 *       {@code start} (ISO instant), {@code days}: the arguments the files were made with;
 *   <li>{@code files}: the files written, by format ({@code ledger}: the AMLworld-layout CSV);
 *   <li>{@code reportingThresholdUsd}: the threshold the structuring patterns stay below;
 *   <li>{@code patterns}: one entry per planted pattern and per look-alike, with {@code id},
 *       {@code typology}, {@code laundering} (false for look-alikes), {@code accounts} (keys as
 *       flowtrace stores them, {@code bank:number}, in the order the typology describes) and
 *       {@code lines} (the CSV lines of its rows, the header being line 1).
 * </ul>
 */
public record GroundTruth(
        int version,
        long seed,
        int accounts,
        long transfers,
        double launderingRate,
        String start,
        int days,
        Files files,
        String reportingThresholdUsd,
        List<Pattern> patterns) {

    public static final String FILE_NAME = "truth.json";

    /** The files of a data set, relative to its folder. */
    public record Files(String ledger, String fxRates) {}

    /** One planted pattern or look-alike. */
    public record Pattern(String id, String typology, boolean laundering, List<String> accounts, List<Long> lines) {}
}
