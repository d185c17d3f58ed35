package org.flowtrace.analytics.resolution;

/**
 * Romanises Khmer script approximately by the UNGEGN system (United Nations Group of Experts on
 * Geographical Names, 1972), simplified toward the spellings Cambodian names take in passports and
 * registers ({@code ហ៊ុន សែន} → {@code hun saen}, {@code សុខ} → {@code sokh}). ICU has no Khmer-Latin
 * transliterator, so without this a Khmer name would not be comparable with its Latin spelling at all.
 *
 * <p>Consonants take one value whatever their series ({@code គ} and {@code ក} are both {@code k});
 * a subscript consonant (after {@code ្}) is read like any other; register and other diacritics are
 * dropped; a consonant followed by another with no vowel between them gets the inherent vowel of its
 * series ({@code a} for the first, {@code o} for the second: {@code សម} → {@code sam}, {@code គង់} →
 * {@code kong}); {@code ា} reads {@code ea} after a second-series consonant ({@code ជា} → {@code chea});
 * {@code ុ} reads {@code o}, or {@code u} after the triisap ({@code ហ៊ុន} → {@code hun}); the
 * musĕkâtônd {@code ៉} moves a consonant to the first series. Assumption: names, not running text.
 */
final class KhmerRomaniser {

    /** Consonants of the second (o-) series, whose inherent vowel is "o" and whose ា reads "ea". */
    private static final String SECOND_SERIES = "គឃងជឈញឌឍទធនពភមយរលវ";

    private KhmerRomaniser() {}

    static boolean hasKhmer(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isKhmer(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static String romanise(String text) {
        var out = new StringBuilder(text.length() + 8);
        boolean pendingInherent = false;
        boolean secondSeries = false;
        boolean triisap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isKhmer(c)) {
                out.append(c);
                pendingInherent = false;
                continue;
            }
            var consonant = consonant(c);
            if (consonant != null) {
                boolean subscript = i > 0 && text.charAt(i - 1) == '្';
                if (pendingInherent && !subscript) {
                    out.append(secondSeries ? 'o' : 'a');
                }
                out.append(consonant);
                if (!subscript) {
                    char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
                    triisap = next == '៊';
                    secondSeries = next == '៉' ? false : triisap || SECOND_SERIES.indexOf(c) >= 0;
                }
                pendingInherent = c != 'អ';
                continue;
            }
            var vowel = vowel(c, i + 1 < text.length() ? text.charAt(i + 1) : ' ', secondSeries, triisap);
            if (vowel != null) {
                out.append(vowel);
                if (vowel.endsWith("m") && i + 1 < text.length() && text.charAt(i + 1) == 'ំ' || vowel.equals("eah")) {
                    i++;
                }
                pendingInherent = false;
                continue;
            }
            if (c == '់' || c == '៌' || c == '៍' || c == '៎' || c == '៏') {
                pendingInherent = false; // the consonant before closes its syllable
            }
            // coeng, register shifters and other signs: no sound of their own
        }
        return out.toString();
    }

    private static boolean isKhmer(char c) {
        return c >= '\u1780' && c <= '\u17FF';
    }

    private static String consonant(char c) {
        return switch (c) {
            case 'ក', 'គ' -> "k";
            case 'ខ', 'ឃ' -> "kh";
            case 'ង' -> "ng";
            case 'ច', 'ជ' -> "ch";
            case 'ឆ', 'ឈ' -> "chh";
            case 'ញ' -> "nh";
            case 'ដ', 'ឌ' -> "d";
            case 'ឋ', 'ឍ', 'ថ', 'ធ' -> "th";
            case 'ណ', 'ន' -> "n";
            case 'ត', 'ទ' -> "t";
            case 'ប' -> "b";
            case 'ផ', 'ភ' -> "ph";
            case 'ព' -> "p";
            case 'ម' -> "m";
            case 'យ' -> "y";
            case 'រ' -> "r";
            case 'ល', 'ឡ' -> "l";
            case 'វ' -> "v";
            case 'ឝ', 'ឞ', 'ស' -> "s";
            case 'ហ' -> "h";
            case 'អ' -> "";
            default -> null;
        };
    }

    private static String vowel(char c, char next, boolean secondSeries, boolean triisap) {
        return switch (c) {
            case 'ា' -> next == 'ំ' ? "am" : next == 'ះ' ? "eah" : secondSeries ? "ea" : "a";
            case 'ិ' -> "i";
            case 'ី' -> "i";
            case 'ឹ' -> "oe";
            case 'ឺ' -> "eu";
            case 'ុ' -> next == 'ំ' ? "om" : triisap ? "u" : "o";
            case 'ូ' -> "ou";
            case 'ួ' -> "uo";
            case 'ើ' -> "aeu";
            case 'ឿ' -> "oea";
            case 'ៀ' -> "ie";
            case 'េ' -> "e";
            case 'ែ' -> "ae";
            case 'ៃ' -> "ai";
            case 'ោ' -> "ao";
            case 'ៅ' -> "au";
            case 'ំ' -> secondSeries ? "om" : "am";
            case 'ះ' -> "h";
            case 'ឥ' -> "e";
            case 'ឦ' -> "ei";
            case 'ឧ' -> "o";
            case 'ឩ', 'ឪ' -> "ou";
            case 'ឫ', 'ឬ' -> "rue";
            case 'ឭ', 'ឮ' -> "lue";
            case 'ឯ' -> "ae";
            case 'ឰ' -> "ai";
            case 'ឱ', 'ឲ' -> "ao";
            case 'ឳ' -> "au";
            default -> null;
        };
    }
}
