package org.flowtrace.analytics.resolution;

import java.util.List;

/**
 * One name of a party as compared: ASCII lower-case tokens (legal forms and titles removed), the tokens
 * run together, and each token's {@link PhoneticKey}.
 *
 * @param written the name as the source wrote it
 * @param tokens the comparable tokens, in the order written
 * @param compact the tokens without spaces ({@code she zhi jiang} → {@code shezhijiang})
 * @param phonetic the phonetic key of each token, in the same order
 * @param transliterated whether the name was written in a script other than Latin, so that its tokens
 *     are one romanisation among several
 * @param folded each token's {@link RomanisationFold}, in the same order
 * @param readings for a name written in Chinese characters or Thai, each token's {@link Reading} (the
 *     spellings it takes in the other usual romanisations: Cantonese, Hokkien, Wade–Giles, the
 *     traditional Thai spellings …), in the same order; empty for other names
 */
public record PartyName(
        String written,
        List<String> tokens,
        String compact,
        List<String> phonetic,
        List<String> folded,
        boolean transliterated,
        List<Reading> readings) {

    public PartyName {
        tokens = List.copyOf(tokens);
        phonetic = List.copyOf(phonetic);
        folded = List.copyOf(folded);
        readings = List.copyOf(readings);
        if (!readings.isEmpty() && readings.size() != tokens.size()) {
            throw new IllegalArgumentException("one reading per token: " + readings.size() + " for " + tokens);
        }
    }

    /** Whether some token has readings beyond its own spelling. */
    public boolean hasReadings() {
        return !readings.isEmpty();
    }

    /** The token's reading, {@link Reading#NONE} when it has none. */
    Reading reading(int token) {
        return readings.isEmpty() ? Reading.NONE : readings.get(token);
    }

    public boolean isEmpty() {
        return tokens.isEmpty();
    }
}
