package org.flowtrace.samples.generator;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The files of the planted compounds, each switched on by its name in {@code flowtrace generate --formats}:
 * goAML STRs, camt.053 statements, BODS ownership statements and the designations list. The ledger rows of
 * the compounds are written with the ledger whatever is chosen here; a transfer a report or statement
 * states is in that file only, so leaving a format out leaves those transfers out of the data set.
 */
public enum CompoundFormat {
    GOAML,
    CAMT053,
    BODS,
    DESIGNATIONS;

    /** Every compound format: what {@code generate} writes unless told otherwise. */
    public static Set<CompoundFormat> all() {
        return EnumSet.allOf(CompoundFormat.class);
    }

    /** The format of this {@code --formats} name ({@code goaml}, {@code camt053}, {@code bods}, {@code designations}). */
    public static Optional<CompoundFormat> named(String name) {
        for (var format : values()) {
            if (format.name().equalsIgnoreCase(name.strip())) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The name {@code --formats} takes. */
    public String optionName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
