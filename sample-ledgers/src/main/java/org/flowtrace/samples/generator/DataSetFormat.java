package org.flowtrace.samples.generator;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The formats {@code flowtrace generate} can write ({@code --formats}), each read by one
 * {@code flowtrace ingest} command.
 */
public enum DataSetFormat {
    /** {@code ledger.csv} (AMLworld layout plus a trailing {@code Reference}) and {@code fx-rates.csv}. */
    LEDGER("ledger"),
    /** {@code tron/}: USDT events on TRON as saved TronGrid pages, for {@code ingest tron-export}. */
    TRON("tron"),
    /** {@code ethereum/}: USDT transfers on Ethereum as an ethereum-etl CSV, for {@code ingest ethereum-export}. */
    ETHEREUM("ethereum"),
    /** {@code tagpacks/}: a GraphSense TagPack of the exchanges' wallets, for {@code ingest tagpacks}. */
    TAGPACKS("tagpacks"),
    /** {@code goaml/}: the scam compounds' STRs, one per file, for {@code ingest goaml}. */
    GOAML("goaml"),
    /** {@code camt053/}: bank statements of mule accounts, one per file, for {@code ingest camt053}. */
    CAMT053("camt053"),
    /** {@code bods.json}: the compounds' ownership statements (BODS 0.4), for {@code ingest bods}. */
    BODS("bods"),
    /** {@code designations.csv}: the designated compound operators, for {@code ingest designations}. */
    DESIGNATIONS("designations");

    private final String optionName;

    DataSetFormat(String optionName) {
        this.optionName = optionName;
    }

    /** The name {@code --formats} takes. */
    public String optionName() {
        return optionName;
    }

    /** Every format. */
    public static Set<DataSetFormat> all() {
        return EnumSet.allOf(DataSetFormat.class);
    }

    /**
     * The format {@code --formats} names.
     *
     * @throws IllegalArgumentException naming the unknown format and the known ones
     */
    public static DataSetFormat parse(String name) {
        var wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(format -> format.optionName.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "Unknown format for --formats: '" + name + "' (available: " + names() + ")"));
    }

    /** The option names of all formats, comma-separated, in declaration order. */
    public static String names() {
        return Arrays.stream(values()).map(DataSetFormat::optionName).collect(Collectors.joining(", "));
    }
}
