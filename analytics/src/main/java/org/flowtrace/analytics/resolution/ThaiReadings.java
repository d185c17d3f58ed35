package org.flowtrace.analytics.resolution;

import java.util.ArrayList;
import java.util.List;

/**
 * The Latin spellings a Thai word takes in names, as a {@link Reading}: the Royal Thai General System
 * (RTGS, Royal Institute 1999) that {@link ThaiRomaniser} writes, and the older, letter-following spellings
 * that many families and companies registered in — the Pali–Sanskrit-style transliteration of the Royal
 * Institute's 1939 rules and the "General System" before 1999 ({@code อภิสิทธิ์} → {@code Abhisit},
 * {@code ธนินท์} → {@code Dhanin}, {@code วิทยา} → {@code Vidhya}, {@code พานิชภักดิ์} → {@code Panitchpakdi}),
 * and the English-minded spellings of vowels ({@code ee}, {@code oo}, {@code -porn}).
 *
 * <p>Each letter is a slot of the spellings it takes in these systems:
 *
 * <ul>
 *   <li>consonants: their RTGS initial value and the traditional one ({@code ธ th/dh}, {@code ท th/t/d/dh},
 *       {@code พ ph/p/bh/b}, {@code ภ ph/bh/p}, {@code ว w/v}, {@code จ ช ch/j}, {@code ญ y/n/ny},
 *       {@code บ b/p}, {@code ก k/g}); a consonant not followed by a vowel may close a syllable and
 *       then also takes its final value ({@code k t p n m ng i o}; {@code ร} also {@code rn} as in
 *       {@code -porn}); of a final cluster only the first consonant sounds ({@code ลักษณ์} → {@code lak},
 *       {@code เกียรติ} → {@code kiat}), and a doubled consonant is written once ({@code แคปปิตอล} →
 *       {@code capital});
 *   <li>between two consonants with no vowel written, the inherent vowel: none, {@code a} (Pali and
 *       Sanskrit words keep it: {@code วีรพงษ์} → {@code Virabongsa}) or {@code o} ({@code สม} →
 *       {@code som}); at the end of the word none or {@code a};
 *   <li>a letter silenced by the thanthakhat ({@code ์}) is silent in RTGS but kept in the traditional
 *       form ({@code ศักดิ์} → {@code sak} or {@code sakdi}, {@code จุลานนท์} → {@code Chulanon} or
 *       {@code Chulanont});
 *   <li>vowels: RTGS and the usual alternatives ({@code ี i/ee}, {@code ู u/oo}, {@code เ-ีย ia/ea},
 *       {@code ั a/u}, {@code โ o/oh}, {@code ไ ai/ay}); {@code ห} before a sonorant and {@code อ} as a
 *       vowel carrier may be silent. Tone marks are not written.
 * </ul>
 *
 * Leading vowels are read after their consonant, as in {@link ThaiRomaniser}, and after the clusters of
 * loanwords too ({@code เมโทร} → {@code metro}); {@code ก ค} may be written {@code c} in English loanwords. Assumption: a name's word,
 * not running text. Thread-safe.
 */
final class ThaiReadings {

    private ThaiReadings() {}

    static Reading of(String word) {
        var letters = new ArrayList<Character>();
        var silent = new ArrayList<Boolean>();
        order(word, letters, silent);
        var slots = new ArrayList<List<String>>();
        int n = letters.size();
        for (int i = 0; i < n; i++) {
            char c = letters.get(i);
            char next = i + 1 < n ? letters.get(i + 1) : ' ';
            char second = i + 2 < n ? letters.get(i + 2) : ' ';
            if (silent.get(i)) {
                var spellings = new ArrayList<String>();
                spellings.add("");
                boolean withVowel = i + 1 < n && silent.get(i + 1) && !isConsonant(next);
                for (var value : initial(c)) {
                    if (!value.isEmpty()) {
                        spellings.add(value);
                        spellings.add(value + (withVowel ? vowelOf(next) : "a"));
                    }
                }
                if (withVowel) {
                    i++;
                }
                slots.add(distinct(spellings));
                continue;
            }
            if (isConsonant(c)) {
                boolean vowelFollows = i + 1 < n && !silent.get(i + 1) && !isConsonant(next);
                boolean paliEnding =
                        vowelFollows && next == 'ิ' && i + 2 == n && i >= 1 && !isConsonant(letters.get(i - 1));
                var spellings = new ArrayList<>(initial(c));
                if (paliEnding) {
                    spellings.addAll(finals(c));
                }
                if (c == 'อ') {
                    spellings = new ArrayList<>(
                            vowelFollows ? List.of("") : i == 0 ? List.of("a", "o", "") : List.of("o", ""));
                } else if (c == 'ว' && i > 0 && isConsonant(letters.get(i - 1)) && !vowelFollows && i + 1 < n) {
                    spellings.addAll(List.of("ua", "uo", "o"));
                }
                if (!vowelFollows && c != 'อ') {
                    spellings.addAll(finals(c));
                    boolean afterFinal = i >= 2
                            && isConsonant(letters.get(i - 1))
                            && !isConsonant(letters.get(i - 2))
                            && !(i + 1 < n && isConsonant(next) && !silent.get(i + 1));
                    boolean sameSoundNext = i + 1 < n
                            && isConsonant(next)
                            && initial(next).stream()
                                    .anyMatch(v -> !v.isEmpty() && initial(c).contains(v));
                    if (afterFinal || (i >= 1 && letters.get(i - 1) == c) || c == 'ร' || sameSoundNext) {
                        spellings.add(""); // a final cluster sounds its first consonant only: ลักษณ์ → lak, มิตร → mit
                    }
                }
                slots.add(distinct(spellings));
                if (!vowelFollows && c != 'อ' && c != 'ห') {
                    boolean consonantFollows = i + 1 < n && isConsonant(next) && !silent.get(i + 1);
                    slots.add(consonantFollows ? List.of("", "a", "o") : List.of("", "a"));
                }
                continue;
            }
            // vowels, with the compounds read together
            if (c == 'เ' && next == 'า') {
                slots.add(List.of("ao", "au"));
                i++;
            } else if (c == 'เ' && next == 'ี' && second == 'ย') {
                slots.add(List.of("ia", "ea", "ie", "iea"));
                i += 2;
            } else if (c == 'เ' && next == 'ื' && second == 'อ') {
                slots.add(List.of("uea", "ua", "uae", "eua"));
                i += 2;
            } else if (c == 'เ' && (next == 'อ' || next == 'ิ')) {
                slots.add(List.of("oe", "er", "eu"));
                i++;
            } else if (c == 'ั' && next == 'ว') {
                slots.add(List.of("ua", "uo", "ou"));
                i++;
            } else if (c == 'ื' && next == 'อ') {
                slots.add(List.of("ue", "eu", "u"));
                i++;
            } else if (c == 'ิ' && i == n - 1 && i >= 2 && !isConsonant(letters.get(i - 2))) {
                slots.add(List.of("i", "")); // a closed syllable's Pali ending, often not written: วุฒิ → wut
            } else {
                var spellings = vowel(c);
                if (!spellings.isEmpty()) {
                    slots.add(spellings);
                }
            }
        }
        return new Reading(slots);
    }

    /**
     * The word's letters in reading order (leading vowels after their consonant and a cluster's second
     * consonant, or after the sonorant a high or middle consonant leads: {@code เฉลิม} → ch-a-l-oe-m,
     * {@code เจริญ} → ch-a-r-oe-n), tone marks dropped, each letter marked silent when the thanthakhat is over it (or over
     * the consonant it is written on).
     */
    private static void order(String word, List<Character> letters, List<Boolean> silent) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '่' || c == '้' || c == '๊' || c == '๋' || c == '็') {
                continue;
            }
            if (c == '์') {
                int k = letters.size() - 1;
                while (k >= 0 && !isConsonant(letters.get(k))) {
                    silent.set(k, true);
                    k--;
                }
                if (k >= 0) {
                    silent.set(k, true); // with the vowel signs written on it, marked above
                }
                continue;
            }
            if ((c == 'เ' || c == 'แ' || c == 'โ' || c == 'ใ' || c == 'ไ')
                    && i + 1 < word.length()
                    && isConsonant(word.charAt(i + 1))) {
                letters.add(word.charAt(i + 1));
                silent.add(false);
                int skip = 1;
                boolean cluster = i + 2 < word.length()
                        && "รลว".indexOf(word.charAt(i + 2)) >= 0
                        && "กขคปผพตบศสทดฟ".indexOf(word.charAt(i + 1)) >= 0;
                boolean leading = !cluster
                        && i + 3 < word.length()
                        && "ขฉถผฝศษสกจดตบป".indexOf(word.charAt(i + 1)) >= 0
                        && "งญนมยรลว".indexOf(word.charAt(i + 2)) >= 0
                        && !isConsonant(word.charAt(i + 3));
                if (cluster || leading) {
                    letters.add(word.charAt(i + 2));
                    silent.add(false);
                    skip = 2;
                }
                letters.add(c);
                silent.add(false);
                i += skip;
                continue;
            }
            if (c >= '\u0E01' && c <= '\u0E4E') {
                letters.add(c);
                silent.add(false);
            }
        }
    }

    private static List<String> distinct(List<String> spellings) {
        return spellings.stream().distinct().toList();
    }

    private static boolean isConsonant(char c) {
        return c >= 'ก' && c <= 'ฮ' && c != 'ฤ' && c != 'ฦ';
    }

    private static String vowelOf(char c) {
        var spellings = vowel(c);
        return spellings.isEmpty() ? "" : spellings.getFirst();
    }

    private static List<String> vowel(char c) {
        return switch (c) {
            case 'ะ' -> List.of("a", "");
            case 'ั' -> List.of("a", "u");
            case 'า' -> List.of("a", "aa", "ar");
            case 'ำ' -> List.of("am", "um");
            case 'ิ' -> List.of("i");
            case 'ี' -> List.of("i", "ee", "ie");
            case 'ึ' -> List.of("ue", "u", "eu");
            case 'ื' -> List.of("ue", "eu", "u");
            case 'ุ' -> List.of("u", "oo");
            case 'ู' -> List.of("u", "oo", "ou");
            case 'เ' -> List.of("e", "ay");
            case 'แ' -> List.of("ae", "a", "e");
            case 'โ' -> List.of("o", "oh");
            case 'ใ', 'ไ' -> List.of("ai", "ay", "i");
            case 'ฤ' -> List.of("rue", "ru", "ri", "roe");
            default -> List.of();
        };
    }

    private static List<String> initial(char c) {
        return switch (c) {
            case 'ก' -> List.of("k", "g", "c");
            case 'ข', 'ฃ' -> List.of("kh", "k");
            case 'ค', 'ฅ' -> List.of("kh", "k", "g", "c");
            case 'ฆ' -> List.of("kh", "gh", "k");
            case 'ง' -> List.of("ng");
            case 'จ' -> List.of("ch", "j");
            case 'ฉ' -> List.of("ch", "chh");
            case 'ช' -> List.of("ch", "j");
            case 'ซ', 'ศ', 'ษ', 'ส' -> List.of("s");
            case 'ฌ' -> List.of("ch", "jh");
            case 'ญ' -> List.of("y", "n", "ny");
            case 'ฎ', 'ด' -> List.of("d");
            case 'ฏ', 'ต' -> List.of("t");
            case 'ฐ', 'ถ' -> List.of("th");
            case 'ฑ' -> List.of("th", "d");
            case 'ฒ' -> List.of("th", "dh");
            case 'ท' -> List.of("th", "t", "d", "dh");
            case 'ธ' -> List.of("th", "dh", "t");
            case 'ณ', 'น' -> List.of("n");
            case 'บ' -> List.of("b", "p");
            case 'ป' -> List.of("p", "b");
            case 'ผ' -> List.of("ph", "p");
            case 'พ' -> List.of("ph", "p", "bh", "b");
            case 'ภ' -> List.of("ph", "bh", "p");
            case 'ฝ', 'ฟ' -> List.of("f");
            case 'ม' -> List.of("m");
            case 'ย' -> List.of("y", "i");
            case 'ร' -> List.of("r");
            case 'ล', 'ฬ' -> List.of("l");
            case 'ว' -> List.of("w", "v");
            case 'ห' -> List.of("h", "");
            case 'ฮ' -> List.of("h");
            default -> List.of("");
        };
    }

    private static List<String> finals(char c) {
        return switch (c) {
            case 'ก' -> List.of("k", "ck", "c");
            case 'ข', 'ฃ', 'ค', 'ฅ', 'ฆ' -> List.of("k");
            case 'จ', 'ฉ', 'ช' -> List.of("t", "tch");
            case 'ซ', 'ฌ', 'ฎ', 'ฏ', 'ฐ', 'ฑ', 'ฒ', 'ด', 'ต', 'ถ', 'ท', 'ธ', 'ศ', 'ษ', 'ส' -> List.of("t", "d");
            case 'บ', 'ป', 'ผ', 'พ', 'ฟ', 'ภ' -> List.of("p");
            case 'ญ', 'ณ', 'น', 'ล', 'ฬ' -> List.of("n");
            case 'ร' -> List.of("n", "rn");
            case 'ย' -> List.of("i");
            case 'ว' -> List.of("o");
            default -> List.of();
        };
    }
}
