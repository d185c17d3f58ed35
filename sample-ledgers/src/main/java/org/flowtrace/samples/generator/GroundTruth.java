package org.flowtrace.samples.generator;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code truth.json}: what a generated data set holds on purpose. Schema (version 2; version 1 had no
 * compound fields, which then read as {@code null}):
 *
 * <ul>
 *   <li>{@code version}, {@code seed}, {@code accounts}, {@code transfers}, {@code launderingRate},
 *       {@code start} (ISO instant), {@code days}: the arguments the files were made with;
 *   <li>{@code files}: the files written, by format, relative to the data set's folder, each absent
 *       when its format was not asked for: {@code ledger} (the AMLworld-layout CSV with a trailing
 *       {@code Reference} column), {@code fxRates}, {@code tron} (the folder of TronGrid event pages),
 *       {@code tronFiles} (its files), {@code ethereum} (the folder of the ethereum-etl export, {@code token_transfers.csv}),
 *       {@code tagpacks} (the TagPack file of the exchanges' wallets), {@code goaml} (the scam
 *       compounds' STRs, one per file), {@code camt053} (one statement per file), {@code bods},
 *       {@code designations};
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
 *   <li>{@code coercedWorkers}: each trafficked worker of a planted compound: {@code account}
 *       ({@code bank:number}), {@code compound}, {@code name}, {@code nationality}, {@code passport},
 *       {@code opened} (when the bank opened the account, UTC), {@code handlersPhone} (whether the
 *       account gives the compound handler's phone rather than the worker's own), {@code reports} (keys
 *       of the STRs that describe the account), {@code namedAsVictim} (a report names the worker as a
 *       victim), {@code lines} (its ledger rows) and {@code transfers} (its transfers in reports and
 *       statements, by flowtrace's ids: {@code goaml:<rentity>:<transaction number>},
 *       {@code camt:<bank:number>:<AcctSvcrRef>:1});
 *   <li>{@code operators}: each compound's designated operator: {@code compound}, {@code name} (Han
 *       characters), {@code romanised}, {@code nationality}, {@code designation} (the designated party's
 *       key in flowtrace, {@code designations:<list>:<id>}), {@code register} (his BODS party key,
 *       {@code bods:record:<recordId>}), {@code companies} ({@code key} {@code bods:record:<recordId>},
 *       {@code name}, {@code jurisdiction}, {@code registration}, {@code account} for operating companies),
 *       {@code ownershipPaths} (per operating company the chain of party keys company → … → operator, as
 *       the BODS statements state it), {@code cycle} (party keys round the ownership cycle, first repeated
 *       at the end, or empty), {@code accounts} (the front accounts he controls, {@code bank:number} →
 *       company key), {@code lines} and {@code transfers} (the front accounts' cash-outs);
 *   <li>{@code paidMules}: mules who rent their accounts for a cut (not coerced): {@code account},
 *       {@code compound}, {@code name}, {@code why}, {@code statement} (the camt.053 file of the account,
 *       or {@code null}), {@code lines}, {@code transfers};
 *   <li>{@code coercionLookAlikes}: legitimate accounts with a worker-like shape in the reports (a family
 *       sharing a home phone, some opened on one day): {@code id}, {@code accounts}, {@code why};
 *   <li>{@code reports}: every STR: {@code file}, {@code key} ({@code goaml:<rentity>:<reference>}),
 *       {@code bank}, {@code about} ({@code workers}, {@code victim}, {@code company}, {@code mule},
 *       {@code family}), {@code indicators}, {@code namedVictim} (the account of the worker it names as a
 *       victim, or {@code null}), {@code accounts} (the reporting bank's own accounts it describes) and
 *       {@code transfers};
 *   <li>{@code statements}: every camt.053 statement: {@code file}, {@code account}, {@code transfers}.
 * </ul>
 *
 * Each payment of a compound is in exactly one file: a transfer that a report or statement states is not
 * in the ledger (flowtrace's keys for the ledger, goAML and camt.053 differ, so a payment in two files
 * would be two transfers).
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
        List<Payment> remittances,
        @Nullable List<CoercedWorker> coercedWorkers,
        @Nullable List<Operator> operators,
        @Nullable List<PaidMule> paidMules,
        @Nullable List<CoercionLookAlike> coercionLookAlikes,
        @Nullable List<Report> reports,
        @Nullable List<Statement> statements) {

    public static final String FILE_NAME = "truth.json";

    public static final int VERSION = 2;

    public GroundTruth {
        patterns = List.copyOf(patterns);
        ransoms = ransoms == null ? List.of() : List.copyOf(ransoms);
        remittances = remittances == null ? List.of() : List.copyOf(remittances);
    }

    /** A truth of patterns only, without payments or compounds (as version 1 wrote it). */
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
                List.of(),
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /** The files of a data set, relative to its folder; a format not written is absent. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Files(
            @Nullable String ledger,
            @Nullable String fxRates,
            @Nullable String tron,
            @Nullable List<String> tronFiles,
            @Nullable String ethereum,
            @Nullable String tagpacks,
            @Nullable List<String> goaml,
            @Nullable List<String> camt053,
            @Nullable String bods,
            @Nullable String designations) {

        /** The ledger files alone. */
        public Files(@Nullable String ledger, @Nullable String fxRates) {
            this(ledger, fxRates, null, null, null, null, null, null, null, null);
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

    /** A coerced worker of a planted compound. */
    public record CoercedWorker(
            String account,
            String compound,
            String name,
            String nationality,
            String passport,
            String opened,
            boolean handlersPhone,
            List<String> reports,
            boolean namedAsVictim,
            List<Long> lines,
            List<String> transfers) {}

    /** A compound's designated operator, his companies and their accounts. */
    public record Operator(
            String compound,
            String name,
            String romanised,
            String nationality,
            String designation,
            String register,
            List<Company> companies,
            List<List<String>> ownershipPaths,
            List<String> cycle,
            Map<String, String> accounts,
            List<Long> lines,
            List<String> transfers) {}

    /** A company of an operator's group, as the register states it. */
    public record Company(
            String key,
            String name,
            String jurisdiction,
            String registration,
            @Nullable String account) {}

    /** A paid mule: not coerced. */
    public record PaidMule(
            String account,
            String compound,
            String name,
            String why,
            @Nullable String statement,
            List<Long> lines,
            List<String> transfers) {}

    /** Legitimate accounts shaped like a batch of workers' accounts. */
    public record CoercionLookAlike(String id, List<String> accounts, String why) {}

    /** An STR as written. */
    public record Report(
            String file,
            String key,
            String bank,
            String about,
            List<String> indicators,
            @Nullable String namedVictim,
            List<String> accounts,
            List<String> transfers) {}

    /** A bank statement as written. */
    public record Statement(String file, String account, List<String> transfers) {}
}
