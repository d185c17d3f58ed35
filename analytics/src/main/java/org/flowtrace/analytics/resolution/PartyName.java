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
 */
public record PartyName(
        String written, List<String> tokens, String compact, List<String> phonetic, boolean transliterated) {

    public PartyName {
        tokens = List.copyOf(tokens);
        phonetic = List.copyOf(phonetic);
    }

    public boolean isEmpty() {
        return tokens.isEmpty();
    }
}
