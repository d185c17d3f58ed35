package org.flowtrace.analytics.resolution;

/**
 * One ASCII name token with the spelling differences of the romanisation systems of Thai, Khmer, Chinese
 * dialects and Vietnamese folded away, vowels kept (unlike {@link PhoneticKey}): aspirate digraphs lose
 * their {@code h} ({@code ph bh th dh kh gh chh → p b t t k g ch}, so {@code Dhanin} and {@code Thanin},
 * {@code Phongsakon} and {@code Pongsakorn} meet), {@code ee → i}, {@code oo ou → u}, {@code w → v}
 * after a vowel or at the start ({@code Wichai} ~ {@code Vichai}) and {@code w} between a consonant and a
 * vowel as {@code u} ({@code Hwat} ~ {@code Huat}), a final {@code -orn} as {@code -on} (Thai {@code -porn},
 * RTGS {@code -phon}), a final {@code y} as {@code i}, and doubled letters made one. Used as a discounted
 * second comparison of Latin-script tokens ({@link NameSimilarity}). Thread-safe.
 */
final class RomanisationFold {

    private RomanisationFold() {}

    static String of(String token) {
        var s = token.replace("chh", "ch")
                .replace("tch", "ch")
                .replace("ph", "p")
                .replace("bh", "b")
                .replace("th", "t")
                .replace("dh", "t")
                .replace("kh", "k")
                .replace("gh", "g")
                .replace("ee", "i")
                .replace("oo", "u")
                .replace("ou", "u");
        if (s.endsWith("orn")) {
            s = s.substring(0, s.length() - 3) + "on";
        }
        if (s.length() > 2 && s.endsWith("y")) {
            s = s.substring(0, s.length() - 1) + "i";
        }
        var out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'w') {
                boolean afterConsonant = i > 0 && "aeiou".indexOf(s.charAt(i - 1)) < 0;
                c = afterConsonant ? 'u' : 'v';
            }
            if (out.isEmpty() || out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
