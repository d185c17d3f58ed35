package org.flowtrace.analytics.resolution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Latin spellings a token written in another script may take: a sequence of slots, each with the
 * spellings its letter or character takes in the usual romanisations ({@code 陳} → {@code chen}, {@code chan},
 * {@code tan}, {@code tang} …; Thai {@code ภ} → {@code ph}, {@code bh}, {@code p}; an empty spelling for a
 * letter that may be silent). A reading stands for every string made by choosing one spelling per slot,
 * without listing them: {@link #distance(String)} is the Levenshtein distance (1966) from a Latin token to
 * the nearest of them, by dynamic programming over the slots (the edit distance of a string to a regular
 * language, Wagner and Seiferas 1978), in time proportional to the slots' spellings times the token.
 *
 * @param slots the spellings of each slot, in order; a slot has at least one spelling
 */
record Reading(List<List<String>> slots) {

    /** No reading: the token is Latin or romanised one way only. */
    static final Reading NONE = new Reading(List.of());

    Reading {
        slots = slots.stream().map(List::copyOf).toList();
    }

    boolean isEmpty() {
        return slots.isEmpty();
    }

    /** One slot only, as for a Chinese syllable. */
    boolean isSingleSlot() {
        return slots.size() == 1;
    }

    /** The readings one after another: tokens run together. */
    static Reading concat(List<Reading> readings) {
        var joined = new ArrayList<List<String>>();
        readings.forEach(r -> joined.addAll(r.slots));
        return new Reading(joined);
    }

    /** The smallest number of letters to insert, delete or replace to turn one of the spellings into the token. */
    int distance(String token) {
        int n = token.length();
        var row = new int[n + 1];
        for (int j = 0; j <= n; j++) {
            row[j] = j;
        }
        var best = new int[n + 1];
        var current = new int[n + 1];
        var previous = new int[n + 1];
        for (var slot : slots) {
            Arrays.fill(best, Integer.MAX_VALUE);
            for (var spelling : slot) {
                System.arraycopy(row, 0, previous, 0, n + 1);
                for (int k = 0; k < spelling.length(); k++) {
                    char c = spelling.charAt(k);
                    current[0] = previous[0] + 1;
                    for (int j = 1; j <= n; j++) {
                        int substitute = previous[j - 1] + (token.charAt(j - 1) == c ? 0 : 1);
                        current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
                    }
                    System.arraycopy(current, 0, previous, 0, n + 1);
                }
                for (int j = 0; j <= n; j++) {
                    best[j] = Math.min(best[j], previous[j]);
                }
            }
            // a letter of the token may also be inserted after the slot
            for (int j = 1; j <= n; j++) {
                best[j] = Math.min(best[j], best[j - 1] + 1);
            }
            System.arraycopy(best, 0, row, 0, n + 1);
        }
        return row[n];
    }

    /** 1 − distance / the token's length, at least 0: how well the token fits the nearest spelling. */
    double similarity(String token) {
        if (token.isEmpty()) {
            return 0;
        }
        return Math.max(0, 1.0 - (double) distance(token) / token.length());
    }
}
