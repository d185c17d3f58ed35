package org.flowtrace.analytics.resolution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How alike two names are, 0 to 1, as the best of three comparisons:
 *
 * <ol>
 *   <li><b>Tokens</b>: tokens are paired greedily by {@link #token similarity} (Jaro–Winkler, Winkler
 *       1990, with Levenshtein 1966), a pair counting when it reaches {@value #TOKEN_MATCH}; the matched similarity is divided by the token
 *       counts of the shorter and the longer name. Persons weigh the shorter name's coverage 3:1 (a
 *       dropped middle name is common: {@code Nguyen Van An} ~ {@code Nguyen An} 0.92); organisations
 *       weigh both equally, so a near-miss company ({@code Golden Lotus Investment} ~
 *       {@code Golden Lotus Trading}) stays at 0.67. Order does not matter.
 *   <li><b>Run together</b>: for persons, the tokens of the name with fewer tokens in every order, run
 *       together, against the other run together, by normalised Levenshtein similarity, so that pinyin
 *       syllables written apart or together and surname-first order meet ({@code She Zhijiang} ~
 *       {@code 佘智江} → {@code she zhi jiang}: 1.0); for organisations in the order written
 *       ({@code Dongmei} ~ {@code Dong Mei}).
 *   <li><b>Sound</b>: the token comparison over {@link PhoneticKey}s (equal keys of two or more letters
 *       match), scaled by {@value #SOUND_DISCOUNT}, for romanisations that spell one sound differently
 *       ({@code Somchai Jaidee} ~ {@code สมชาย ใจดี} → {@code somchai chaidi}).
 * </ol>
 *
 * Both parties' names and aliases are compared pairwise and the best pair wins. Legal forms and
 * titles are already gone ({@link NameNormaliser}).
 */
final class NameSimilarity {

    static final double TOKEN_MATCH = 0.82;
    static final double SOUND_DISCOUNT = 0.93;
    static final double FOLD_DISCOUNT = 0.97;
    private static final int MAX_PERMUTED_TOKENS = 4;

    private NameSimilarity() {}

    /** The best match between any name of one and any name of the other; empty when either has none. */
    static Optional<NameMatch> best(List<PartyName> left, List<PartyName> right, boolean organisation) {
        NameMatch best = null;
        for (var l : left) {
            for (var r : right) {
                var match = compare(l, r, organisation);
                if (best == null || match.similarity() > best.similarity()) {
                    best = match;
                }
                if (best.similarity() >= 1.0) {
                    return Optional.of(best);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    static NameMatch compare(PartyName a, PartyName b, boolean organisation) {
        if (a.compact().equals(b.compact())) {
            return new NameMatch(1.0, a, b, false);
        }
        double spelled = tokens(a, b, organisation, false);
        if (spelled < 0.95 && a.tokens().size() != b.tokens().size()) {
            // token pairing ignores order already; running together helps only where syllables split differently
            spelled = Math.max(spelled, organisation ? levenshtein(a.compact(), b.compact()) : runTogether(a, b));
        }
        if (spelled >= SOUND_DISCOUNT) {
            return new NameMatch(spelled, a, b, false); // the discounted sound comparison cannot beat it
        }
        double sound = SOUND_DISCOUNT * tokens(a, b, organisation, true);
        return sound > spelled ? new NameMatch(sound, a, b, true) : new NameMatch(spelled, a, b, false);
    }

    private static double tokens(PartyName left, PartyName right, boolean organisation, boolean bySound) {
        var a = left.tokens();
        var b = right.tokens();
        boolean transliterated = left.transliterated() || right.transliterated();
        int n = a.size();
        int m = b.size();
        var similarity = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                similarity[i][j] = bySound
                        ? sameSound(
                                a.get(i),
                                b.get(j),
                                left.phonetic().get(i),
                                right.phonetic().get(j))
                        : transliterated
                                ? JaroWinkler.similarity(a.get(i), b.get(j))
                                : spelled(
                                        a.get(i),
                                        b.get(j),
                                        left.folded().get(i),
                                        right.folded().get(j));
                if (!bySound && left.reading(i).isEmpty() != right.reading(j).isEmpty()) {
                    // the reading holds the romanisation the token was spelt by, and the others: it decides alone
                    similarity[i][j] = byReading(left, i, right, j);
                }
            }
        }
        var usedA = new boolean[n];
        var usedB = new boolean[m];
        double matched = 0;
        for (int k = 0; k < Math.min(n, m); k++) {
            int bi = -1;
            int bj = -1;
            double bs = TOKEN_MATCH;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < m && !usedA[i]; j++) {
                    if (!usedB[j] && similarity[i][j] >= bs) {
                        bs = similarity[i][j];
                        bi = i;
                        bj = j;
                    }
                }
            }
            if (bi < 0) {
                break;
            }
            usedA[bi] = true;
            usedB[bj] = true;
            matched += bs;
        }
        double shorter = matched / Math.min(n, m);
        double longer = matched / Math.max(n, m);
        return organisation ? (shorter + longer) / 2 : 0.75 * shorter + 0.25 * longer;
    }

    /**
     * Two Latin-script tokens' {@link #token} similarity, or, where that is short of a match, the same
     * over their {@link RomanisationFold}s scaled by {@value #FOLD_DISCOUNT}: one romanisation system
     * against another ({@code Chhay} ~ {@code Chay}, {@code Hwat} ~ {@code Huat}).
     */
    private static double spelled(String a, String b, String foldedA, String foldedB) {
        double similarity = token(a, b);
        if (similarity >= FOLD_DISCOUNT || similarity < 0.5) {
            return similarity;
        }
        return Math.max(similarity, FOLD_DISCOUNT * token(foldedA, foldedB));
    }

    /**
     * Two Latin-script tokens' similarity: the mean of Jaro–Winkler and normalised Levenshtein similarity. Jaro–Winkler
     * alone rewards a shared beginning so much that names differing in their last syllable pass
     * ({@code haitao} ~ {@code haibo} 0.87); the edit distance holds them back (0.68) while typos stay
     * high ({@code santosa} ~ {@code santoso} 0.90). Where either name is a romanisation of another script,
     * spellings vary by system rather than by person, and Jaro–Winkler alone is used. An initial or an abbreviation of three letters or
     * more matches the token it begins at 0.85 ({@code s} ~ {@code santos}, {@code ent} ~
     * {@code entertainment}).
     */
    static double token(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        var shorter = a.length() <= b.length() ? a : b;
        var longer = shorter == a ? b : a;
        double similarity = (JaroWinkler.similarity(a, b) + levenshtein(a, b)) / 2;
        boolean abbreviation = (shorter.length() == 1 || shorter.length() >= 3) && longer.startsWith(shorter);
        return abbreviation ? Math.max(similarity, 0.85) : similarity;
    }

    /**
     * How well a token fits the other's reading, when exactly one of the two has one (a name written in
     * Chinese characters or Thai against a Latin spelling): for a Chinese syllable the best {@link #token}
     * similarity to one of its spellings beginning with the same letter, else the edit distance (so
     * {@code kwock} still meets {@code kwok}, but {@code keong} not {@code heong}), for a Thai word how
     * close the token comes to one of its spellings ({@link Reading#similarity}); 0 otherwise.
     */
    private static double byReading(PartyName left, int i, PartyName right, int j) {
        var a = left.reading(i);
        var b = right.reading(j);
        if (a.isEmpty() == b.isEmpty()) {
            return 0;
        }
        return a.isEmpty()
                ? byReading(b, left.tokens().get(i))
                : byReading(a, right.tokens().get(j));
    }

    private static double byReading(Reading reading, String token) {
        if (!reading.isSingleSlot()) {
            return reading.similarity(token);
        }
        double best = 0;
        for (var spelling : reading.slots().getFirst()) {
            // spellings of one syllable keep its initial: kwok ~ kwock, but heong is not keong
            best = Math.max(
                    best,
                    !spelling.isEmpty() && !token.isEmpty() && spelling.charAt(0) == token.charAt(0)
                            ? token(spelling, token)
                            : levenshtein(spelling, token));
            if (best >= 1.0) {
                break;
            }
        }
        return best;
    }

    /**
     * Equal phonetic keys count when the key has three letters or more, or two and both tokens five or
     * more ({@code jaidee} ~ {@code chaidi}: {@code cd}); short keys say too little ({@code an} and
     * {@code anh} are different Vietnamese names with one key).
     */
    private static double sameSound(String tokenA, String tokenB, String keyA, String keyB) {
        boolean telling = keyA.length() >= 3 || (keyA.length() == 2 && tokenA.length() >= 5 && tokenB.length() >= 5);
        return telling && keyA.equals(keyB) ? 1.0 : 0.0;
    }

    private static double runTogether(PartyName a, PartyName b) {
        var fewer = a.tokens().size() <= b.tokens().size() ? a : b;
        var other = fewer == a ? b : a;
        if (fewer.tokens().size() > MAX_PERMUTED_TOKENS) {
            return levenshtein(
                    String.join("", fewer.tokens().stream().sorted().toList()),
                    String.join("", other.tokens().stream().sorted().toList()));
        }
        double best = 0;
        for (var order : permutations(fewer.tokens())) {
            best = Math.max(best, levenshtein(String.join("", order), other.compact()));
            if (best >= 1.0) {
                break;
            }
        }
        if (best < 1.0 && fewer.hasReadings() != other.hasReadings()) {
            best = Math.max(best, runTogetherByReading(fewer, other));
        }
        return best;
    }

    /**
     * Run together where one name has readings: the readings of the fewer tokens in every order against
     * the other run together, or the fewer tokens in every order against the other's readings in written
     * order ({@code Prayut Chan-o-cha} ~ {@code ประยุทธ์ จันทร์โอชา}).
     */
    private static double runTogetherByReading(PartyName fewer, PartyName other) {
        var indexes = new ArrayList<Integer>();
        for (int i = 0; i < fewer.tokens().size(); i++) {
            indexes.add(i);
        }
        var otherReading = other.hasReadings() ? Reading.concat(readingsOrSpelling(other)) : Reading.NONE;
        double best = 0;
        for (var order : permutations(indexes)) {
            double s;
            if (fewer.hasReadings()) {
                var joined = Reading.concat(
                        order.stream().map(i -> readingOrSpelling(fewer, i)).toList());
                s = joined.similarity(other.compact());
            } else {
                var joined = String.join(
                        "", order.stream().map(i -> fewer.tokens().get(i)).toList());
                s = otherReading.similarity(joined);
            }
            best = Math.max(best, s);
            if (best >= 1.0) {
                break;
            }
        }
        return best;
    }

    private static List<Reading> readingsOrSpelling(PartyName name) {
        var result = new ArrayList<Reading>();
        for (int i = 0; i < name.tokens().size(); i++) {
            result.add(readingOrSpelling(name, i));
        }
        return result;
    }

    private static Reading readingOrSpelling(PartyName name, int i) {
        var reading = name.reading(i);
        return reading.isEmpty() ? new Reading(List.of(List.of(name.tokens().get(i)))) : reading;
    }

    private static double levenshtein(String a, String b) {
        int longest = Math.max(a.length(), b.length());
        return longest == 0 ? 0 : 1.0 - (double) editDistance(a, b) / longest;
    }

    /** The Levenshtein distance (1966): insertions, deletions and substitutions of one letter each count 1. */
    static int editDistance(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        var previous = new int[b.length() + 1];
        var current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            char c = a.charAt(i - 1);
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (c == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            var swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static <T> List<List<T>> permutations(List<T> tokens) {
        if (tokens.size() <= 1) {
            return List.of(tokens);
        }
        var result = new ArrayList<List<T>>();
        for (int i = 0; i < tokens.size(); i++) {
            var rest = new ArrayList<>(tokens);
            var first = rest.remove(i);
            for (var tail : permutations(rest)) {
                var order = new ArrayList<T>(tokens.size());
                order.add(first);
                order.addAll(tail);
                result.add(order);
            }
        }
        return result;
    }
}
