package org.flowtrace.analytics.resolution;

/**
 * A coarse sound key of one ASCII name token, so that spellings that romanise one sound differently
 * meet: {@code chaidee}, {@code jaidi} and {@code chaidi} all give {@code cd}; {@code somchai} and
 * {@code smchay} give {@code smc}. Digraphs are folded ({@code ch/j/tch → c}, {@code ph/f → f},
 * {@code th → t}, {@code kh/g → k}, {@code sh/zh → s}, {@code x → ks}, {@code w → v}, {@code dh → d}), then every vowel
 * and {@code h y} after the first letter is dropped and doubled letters made one, in the spirit of the
 * consonant skeletons of Soundex (Russell 1918) and the Daitch–Mokotoff system, but with the digraph
 * folding tuned to the romanisations of Thai, Khmer, Vietnamese and Chinese names rather than to
 * English and Yiddish. Used for blocking and as a weaker, second name comparison.
 */
final class PhoneticKey {

    private PhoneticKey() {}

    static String of(String token) {
        var folded = token.replace("tch", "c")
                .replace("ch", "c")
                .replace("j", "c")
                .replace("ph", "f")
                .replace("th", "t")
                .replace("kh", "k")
                .replace("g", "k")
                .replace("sh", "s")
                .replace("zh", "s")
                .replace("x", "ks")
                .replace("dh", "d")
                .replace("w", "v")
                .replace("q", "k");
        var out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            boolean vowelLike = "aeiouyh".indexOf(c) >= 0;
            if (i > 0 && vowelLike) {
                continue;
            }
            if (!out.isEmpty() && out.charAt(out.length() - 1) == c) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }
}
