package org.flowtrace.analytics.resolution;

import java.util.ArrayList;
import java.util.List;

/**
 * The Latin spellings a Khmer word takes in names, as a {@link Reading}: the UNGEGN romanisation that
 * {@link KhmerRomaniser} writes and the French-influenced spellings Cambodian passports, registers and
 * sanctions lists mostly carry ({@code សុភ័ក្រ} → {@code Sopheak}, {@code ពិសី} → {@code Pisey},
 * {@code កែវ} → {@code Keo}, {@code ប្រសិទ្ធ} → {@code Prasidh}, {@code សុវណ្ណ} → {@code Sovann}).
 * Sources: UNGEGN, "Report on the Current Status of United Nations Romanization Systems for Geographical
 * Names: Khmer" (2013), and Huffman, "Cambodian System of Writing and Beginning Reader" (Yale, 1970), for
 * the vowels' values by consonant series.
 *
 * <p>Each letter is a slot: consonants their initial value and, not followed by a vowel, their final one
 * ({@code ស s/h}, {@code រ r} or silent, {@code វ v/o}, {@code ញ nh/ny/gn}, {@code ព p/ph/b}); a
 * subscript consonant ({@code ្}) of a final cluster may be silent ({@code ពេជ្រ} → {@code Pich},
 * {@code ទ្ធ} → {@code dh}); the inherent vowel between consonants with none written may be {@code a},
 * {@code o}, {@code ea} or none; dependent vowels take the values of both series and the common
 * spellings ({@code ី i/y/ey/ei}, {@code េ e/ei/i/ay}, {@code ា a/ea}, {@code ៅ au/ao/ov/eo},
 * {@code ័ ea/a/oa}), since the series shifters ({@code ៉ ៊}) are often ignored in spelling. Assumption:
 * a name's word, not running text. Thread-safe.
 */
final class KhmerReadings {

    private KhmerReadings() {}

    static Reading of(String word) {
        var slots = new ArrayList<List<String>>();
        int n = word.length();
        for (int i = 0; i < n; i++) {
            char c = word.charAt(i);
            var initial = consonant(c);
            if (initial != null) {
                boolean subscript = i > 0 && word.charAt(i - 1) == '្';
                int after = i + 1;
                while (after < n && isSign(word.charAt(after))) {
                    after++; // series shifters and the like: no sound of their own
                }
                boolean vowelFollows = after < n && vowel(word.charAt(after), ' ') != null;
                boolean subscriptFollows = after < n && word.charAt(after) == '្';
                var spellings = new ArrayList<>(initial);
                if (!vowelFollows && !subscriptFollows && (!subscript || afterVowel(word, i - 2))) {
                    spellings.addAll(finalValues(c));
                    if (subscript && afterVowel(word, i - 2)) {
                        spellings.add(""); // a final cluster sounds one consonant: ពេជ្រ → pich
                    }
                }
                if (!vowelFollows && subscriptFollows && afterVowel(word, i) && isFinalCluster(word, after)) {
                    spellings.addAll(finalValues(c));
                    spellings.add("");
                }
                slots.add(distinct(spellings));
                boolean consonantFollows = after < n && consonant(word.charAt(after)) != null;
                if (!vowelFollows && !subscriptFollows && consonantFollows && c != 'អ') {
                    // after an initial cluster (ប្រ) the vowel is sounded: no three consonants in a row
                    slots.add(
                            subscript && !afterVowel(word, i - 2)
                                    ? List.of("a", "o", "ea")
                                    : List.of("", "a", "o", "ea"));
                }
                continue;
            }
            var vowel = vowel(c, i + 1 < n ? word.charAt(i + 1) : ' ');
            if (vowel != null) {
                slots.add(vowel);
                if (i + 1 < n && (word.charAt(i + 1) == 'ំ' || word.charAt(i + 1) == 'ះ') && c != 'ំ' && c != 'ះ') {
                    i++; // read together with the vowel before
                }
            }
        }
        return new Reading(slots);
    }

    /** Whether a vowel is written before the consonant at {@code at} (so that it closes a syllable). */
    private static boolean afterVowel(String word, int at) {
        int k = at - 1;
        while (k >= 0 && isSign(word.charAt(k))) {
            k--;
        }
        return k >= 0 && vowel(word.charAt(k), ' ') != null;
    }

    /** Whether the subscript at {@code coeng} ends the word's last syllable (no vowel after it). */
    private static boolean isFinalCluster(String word, int coeng) {
        int k = coeng + 2;
        while (k < word.length() && isSign(word.charAt(k))) {
            k++;
        }
        return k >= word.length() || consonant(word.charAt(k)) != null;
    }

    private static boolean isSign(char c) {
        return c == '៉' || c == '៊' || c == '់' || c == '៌' || c == '៍' || c == '៎' || c == '៏';
    }

    private static List<String> distinct(List<String> spellings) {
        return spellings.stream().distinct().toList();
    }

    private static List<String> consonant(char c) {
        return switch (c) {
            case 'ក', 'គ' -> List.of("k", "c");
            case 'ខ', 'ឃ' -> List.of("kh", "k");
            case 'ង' -> List.of("ng");
            case 'ច', 'ជ' -> List.of("ch", "j");
            case 'ឆ', 'ឈ' -> List.of("chh", "ch");
            case 'ញ' -> List.of("nh", "ny", "gn", "n");
            case 'ដ', 'ឌ' -> List.of("d");
            case 'ឋ', 'ឍ', 'ថ' -> List.of("th", "t");
            case 'ធ' -> List.of("th", "t", "dh");
            case 'ណ', 'ន' -> List.of("n");
            case 'ត', 'ទ' -> List.of("t", "d");
            case 'ប' -> List.of("b", "p");
            case 'ផ', 'ភ' -> List.of("ph", "p");
            case 'ព' -> List.of("p", "ph", "b");
            case 'ម' -> List.of("m");
            case 'យ' -> List.of("y");
            case 'រ' -> List.of("r");
            case 'ល', 'ឡ' -> List.of("l");
            case 'វ' -> List.of("v", "w");
            case 'ឝ', 'ឞ', 'ស' -> List.of("s");
            case 'ហ' -> List.of("h");
            case 'អ' -> List.of("");
            default -> null;
        };
    }

    private static List<String> finalValues(char c) {
        return switch (c) {
            case 'ស' -> List.of("h", "");
            case 'រ' -> List.of("");
            case 'វ' -> List.of("o", "u");
            case 'យ' -> List.of("i");
            case 'ច', 'ជ' -> List.of("t", "ch");
            case 'ញ' -> List.of("nh", "n");
            case 'ទ', 'ត' -> List.of("t", "d", "");
            case 'ណ' -> List.of("nn");
            default -> List.of();
        };
    }

    private static List<String> vowel(char c, char next) {
        return switch (c) {
            case 'ា' ->
                next == 'ំ'
                        ? List.of("am", "oam", "aim")
                        : next == 'ះ' ? List.of("eah", "ah") : List.of("a", "ea", "aa");
            case 'ិ' -> List.of("i", "e");
            case 'ី' -> List.of("i", "y", "ey", "ei", "ee");
            case 'ឹ' -> List.of("oe", "eu", "ue", "e", "i");
            case 'ឺ' -> List.of("eu", "ue", "oe");
            case 'ុ' -> next == 'ំ' ? List.of("om", "um", "aum") : List.of("o", "u");
            case 'ូ' -> List.of("ou", "u", "oo");
            case 'ួ' -> List.of("uo", "uor", "ou", "ua");
            case 'ើ' -> List.of("aeu", "eu", "oeu", "er");
            case 'ឿ' -> List.of("oea", "eua", "ue");
            case 'ៀ' -> List.of("ie", "ea", "ia");
            case 'េ' -> List.of("e", "ei", "i", "ay");
            case 'ែ' -> List.of("ae", "e", "ai");
            case 'ៃ' -> List.of("ai", "ey", "ei");
            case 'ោ' -> List.of("ao", "o", "au");
            case 'ៅ' -> List.of("au", "ao", "ov", "eo");
            case 'ំ' -> List.of("am", "um", "om");
            case 'ះ' -> List.of("h", "ah", "eah");
            case '័' -> List.of("ea", "a", "oa");
            case 'ឥ' -> List.of("e", "i");
            case 'ឦ' -> List.of("ei", "i");
            case 'ឧ' -> List.of("o", "u");
            case 'ឩ', 'ឪ' -> List.of("ou", "u");
            case 'ឫ', 'ឬ' -> List.of("rue", "ru", "reu");
            case 'ឭ', 'ឮ' -> List.of("lue", "lu");
            case 'ឯ' -> List.of("ae", "e");
            case 'ឰ' -> List.of("ai");
            case 'ឱ', 'ឲ' -> List.of("ao", "o");
            case 'ឳ' -> List.of("au");
            default -> null;
        };
    }
}
