package org.flowtrace.samples.generator;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code truth.json}: what a generated data set holds on purpose. Schema (version 2):
 *
 * <ul>
 *   <li>{@code version}, {@code seed}, {@code accounts}, {@code transfers}, {@code launderingRate},
 *       {@code start} (ISO instant), {@code days}: the arguments the files were made with;
 *   <li>{@code files}: the files written, by format, relative to the data set's folder, each absent
 *       when its format was not asked for: {@code ledger} (the AMLworld-layout CSV with a trailing
 *       {@code Reference} column), {@code fxRates}, {@code tron} (the folder of TronGrid event pages),
 *       {@code tronFiles} (its files), {@code ethereum} (the folder of the ethereum-etl export, {@code token_transfers.csv}),
 *       {@code tagpacks} (the TagPack file of the exchanges' wallets);
 *   <li>{@code reportingThresholdUsd}: the threshold the structuring patterns stay below;
 *   <li>{@code patterns}: one entry per planted pattern and per look-alike in the files written, with
 *       {@code id}, {@code typology}, {@code laundering} (false for look-alikes), {@code accounts}
 *       (keys as flowtrace stores them, in the order the typology describes, the centre first: bank
 *       accounts as {@code bank:number}, wallets as {@code TRON:T…} or {@code ETHEREUM:0x…}),
 *       {@code lines} (the ledger CSV lines of its rows, the header being line 1; empty on chains) and
 *       {@code transfers} (the keys flowtrace stores its on-chain transfers under, in time order:
 *       {@code TRON:<tx>:trc20:<h>}, {@code ETHEREUM:0x<tx>:<log index>}; empty in the ledger);
 *   <li>{@code ransoms}: one entry per ransom payment (a relative paying the mule, in the ledger or in
 *       USDT on TRON), with {@code pattern} (its pattern's id), {@code format} ({@code ledger} or
 *       {@code tron}), {@code transfer} (the key flowtrace stores it under: {@code ledger:<SHA-256>} as
 *       ingest-jobs' {@code LedgerRowProcessor} derives it, or the TRON key above), {@code payer},
 *       {@code receiver} (keys), {@code usd} (the amount in USD, exact decimal) and {@code reference}
 *       (the payment reference; absent when the row has none, and on chains);
 *   <li>{@code remittances}: the payments of the family-remittance look-alikes, listed likewise, so
 *       that false alarms can be counted per payment.
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
        List<Pattern> patterns,
        List<Payment> ransoms,
        List<Payment> remittances) {

    public static final String FILE_NAME = "truth.json";

    public GroundTruth {
        patterns = List.copyOf(patterns);
        ransoms = ransoms == null ? List.of() : List.copyOf(ransoms);
        remittances = remittances == null ? List.of() : List.copyOf(remittances);
    }

    /** A truth without payments listed (version 1). */
    public GroundTruth(
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
        this(
                version,
                seed,
                accounts,
                transfers,
                launderingRate,
                start,
                days,
                files,
                reportingThresholdUsd,
                patterns,
                List.of(),
                List.of());
    }

    /** The files of a data set, relative to its folder; a format not written is absent. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Files(
            @Nullable String ledger,
            @Nullable String fxRates,
            @Nullable String tron,
            @Nullable List<String> tronFiles,
            @Nullable String ethereum,
            @Nullable String tagpacks) {

        /** The ledger files alone. */
        public Files(@Nullable String ledger, @Nullable String fxRates) {
            this(ledger, fxRates, null, null, null, null);
        }
    }

    /** One planted pattern or look-alike. */
    public record Pattern(
            String id,
            String typology,
            boolean laundering,
            List<String> accounts,
            List<Long> lines,
            List<String> transfers) {

        public Pattern {
            lines = lines == null ? List.of() : List.copyOf(lines);
            transfers = transfers == null ? List.of() : List.copyOf(transfers);
        }

        /** A ledger pattern. */
        public Pattern(String id, String typology, boolean laundering, List<String> accounts, List<Long> lines) {
            this(id, typology, laundering, accounts, lines, List.of());
        }
    }

    /**
     * One payment of a ransom or of a family-remittance look-alike.
     *
     * @param pattern the id of its pattern
     * @param format the format it is written in ({@code ledger}, {@code tron})
     * @param transfer the key flowtrace stores the transfer under
     * @param payer the payer's key
     * @param receiver the receiver's key
     * @param usd the amount in USD
     * @param reference the payment reference, if the row has one
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Payment(
            String pattern,
            String format,
            String transfer,
            String payer,
            String receiver,
            String usd,
            @Nullable String reference) {}
}
