package org.flowtrace.analytics.resolution;

/**
 * Romanises Thai script approximately by the Royal Thai General System (RTGS, Royal Institute 1999),
 * the system Thai names are usually written in on passports and registers. ICU's own Thai-Latin
 * follows ISO 11940, a letter-by-letter transliteration ({@code สมชาย} → {@code s̄mchāy}) that looks
 * little like the usual spelling ({@code Somchai}); this gets close to the latter.
 *
 * <p>Rules, simplified: leading vowels ({@code เ แ โ ใ ไ}) are read after the consonant they precede;
 * tone marks and {@code ็} are dropped; a consonant under {@code ์} is silent; a consonant closing a
 * syllable takes its final value (k, t, p, n, m, ng, i, o); two consonants with no vowel written between
 * them get the inherent {@code o} ({@code สม} → {@code som}). Vowel length and tones are not written in
 * RTGS, so {@code ิ ี} are both {@code i}. Assumption: names, not running text (no word segmentation
 * beyond spaces).
 */
final class ThaiRomaniser {

    private ThaiRomaniser() {}

    /** Whether the text has any Thai letter. */
    static boolean hasThai(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isThai(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static String romanise(String text) {
        var chars = reorder(text);
        var out = new StringBuilder(text.length() + 8);
        boolean vowelInSyllable = false;
        boolean syllableOpen = false; // an initial consonant has been written
        char lastInitial = ' ';
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (!isThai(c)) {
                out.append(c);
                vowelInSyllable = false;
                syllableOpen = false;
                continue;
            }
            if (isConsonant(c)) {
                char next = i + 1 < chars.length() ? chars.charAt(i + 1) : ' ';
                char second = i + 2 < chars.length() ? chars.charAt(i + 2) : ' ';
                boolean nextIsVowel = isThai(next) && !isConsonant(next);
                boolean wordEnd = !isThai(next);
                boolean beforeLastConsonant = isConsonant(next) && !isThai(second);
                if (c == 'อ' && !syllableOpen) {
                    syllableOpen = true; // a vowel carrier: no sound of its own
                    lastInitial = c;
                    continue;
                }
                if (c == 'อ' && !vowelInSyllable && !nextIsVowel) {
                    out.append('o'); // อ as the vowel "o" after a consonant (กอ)
                    vowelInSyllable = true;
                    continue;
                }
                if (c == 'ว' && syllableOpen && !vowelInSyllable && !nextIsVowel && !wordEnd) {
                    out.append("ua"); // ว between consonants is the vowel "ua" (ตวง)
                    vowelInSyllable = true;
                    continue;
                }
                boolean initial = !syllableOpen || nextIsVowel || (vowelInSyllable && beforeLastConsonant);
                if (!initial) {
                    if (!vowelInSyllable) {
                        out.append('o');
                    }
                    var value = finalValue(c);
                    if (!(c == 'ย' && out.length() > 0 && out.charAt(out.length() - 1) == 'i')) {
                        out.append(value);
                    }
                    syllableOpen = false;
                    vowelInSyllable = false;
                    continue;
                }
                if (syllableOpen && !vowelInSyllable && !isCluster(lastInitial, c)) {
                    out.append('a'); // an initial with no vowel of its own before another initial
                }
                out.append(initialValue(c));
                syllableOpen = true;
                vowelInSyllable = false;
                lastInitial = c;
                continue;
            }
            var vowel = vowel(c, chars, i);
            if (vowel != null) {
                out.append(vowel);
                vowelInSyllable = true;
                syllableOpen = true;
                if (c == 'เ' && vowel.length() > 1) {
                    i += switch (vowel) {
                        case "ao", "oe" -> 1;
                        case "ia", "uea" -> 2;
                        default -> 0;
                    };
                }
            }
        }
        return out.toString();
    }

    /**
     * Moves leading vowels after the consonant (and a following ร, ล or ว of a cluster) they precede,
     * drops tone marks, and drops each consonant silenced by {@code ์} together with the mark.
     */
    private static String reorder(String text) {
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '่' || c == '้' || c == '๊' || c == '๋' || c == '็') {
                continue;
            }
            if (c == '์') {
                // the silenced consonant (and a vowel sign written on it) goes
                while (!out.isEmpty()
                        && !isConsonant(out.charAt(out.length() - 1))
                        && isThai(out.charAt(out.length() - 1))) {
                    out.deleteCharAt(out.length() - 1);
                }
                if (!out.isEmpty() && isConsonant(out.charAt(out.length() - 1))) {
                    out.deleteCharAt(out.length() - 1);
                }
                continue;
            }
            if ((c == 'เ' || c == 'แ' || c == 'โ' || c == 'ใ' || c == 'ไ')
                    && i + 1 < text.length()
                    && isConsonant(text.charAt(i + 1))) {
                out.append(text.charAt(i + 1));
                int skip = 1;
                if (i + 2 < text.length() && "รลว".indexOf(text.charAt(i + 2)) >= 0 && isCluster(text, i + 1)) {
                    out.append(text.charAt(i + 2));
                    skip = 2;
                }
                out.append(c);
                i += skip;
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isCluster(String text, int consonantAt) {
        return "กขคปผพตบศส".indexOf(text.charAt(consonantAt)) >= 0;
    }

    /** Whether two initials form a cluster read without a vowel between them (ปร, กล, ศร …). */
    private static boolean isCluster(char first, char second) {
        return "รลว".indexOf(second) >= 0 && "กขคปผพตบศส".indexOf(first) >= 0;
    }

    private static String vowel(char c, CharSequence chars, int at) {
        char next = at + 1 < chars.length() ? chars.charAt(at + 1) : ' ';
        char second = at + 2 < chars.length() ? chars.charAt(at + 2) : ' ';
        return switch (c) {
            case 'ะ', 'ั', 'า' -> "a";
            case 'ำ' -> "am";
            case 'ิ', 'ี' -> "i";
            case 'ึ', 'ื' -> "ue";
            case 'ุ', 'ู' -> "u";
            case 'เ' -> {
                if (next == 'า') {
                    yield "ao";
                } else if (next == 'ี' && second == 'ย') {
                    yield "ia";
                } else if (next == 'ื' && second == 'อ') {
                    yield "uea";
                } else if (next == 'อ') {
                    yield "oe";
                }
                yield "e";
            }
            case 'แ' -> "ae";
            case 'โ' -> "o";
            case 'ใ', 'ไ' -> "ai";
            case 'ฤ' -> "rue";
            default -> null;
        };
    }

    private static boolean isThai(char c) {
        return c >= '\u0E01' && c <= '\u0E5B';
    }

    private static boolean isConsonant(char c) {
        return c >= 'ก' && c <= 'ฮ' && c != 'ฤ' && c != 'ฦ';
    }

    private static String initialValue(char c) {
        return switch (c) {
            case 'ก' -> "k";
            case 'ข', 'ฃ', 'ค', 'ฅ', 'ฆ' -> "kh";
            case 'ง' -> "ng";
            case 'จ', 'ฉ', 'ช', 'ฌ' -> "ch";
            case 'ซ', 'ศ', 'ษ', 'ส' -> "s";
            case 'ญ', 'ย' -> "y";
            case 'ฎ', 'ด' -> "d";
            case 'ฏ', 'ต' -> "t";
            case 'ฐ', 'ฑ', 'ฒ', 'ถ', 'ท', 'ธ' -> "th";
            case 'ณ', 'น' -> "n";
            case 'บ' -> "b";
            case 'ป' -> "p";
            case 'ผ', 'พ', 'ภ' -> "ph";
            case 'ฝ', 'ฟ' -> "f";
            case 'ม' -> "m";
            case 'ร' -> "r";
            case 'ล', 'ฬ' -> "l";
            case 'ว' -> "w";
            case 'ห', 'ฮ' -> "h";
            default -> "";
        };
    }

    private static String finalValue(char c) {
        return switch (c) {
            case 'ก', 'ข', 'ฃ', 'ค', 'ฅ', 'ฆ' -> "k";
            case 'ง' -> "ng";
            case 'จ', 'ฉ', 'ช', 'ซ', 'ฌ', 'ฎ', 'ฏ', 'ฐ', 'ฑ', 'ฒ', 'ด', 'ต', 'ถ', 'ท', 'ธ', 'ศ', 'ษ', 'ส' -> "t";
            case 'บ', 'ป', 'ผ', 'พ', 'ฟ', 'ภ' -> "p";
            case 'ญ', 'ณ', 'น', 'ร', 'ล', 'ฬ' -> "n";
            case 'ม' -> "m";
            case 'ย' -> "i";
            case 'ว' -> "o";
            default -> "";
        };
    }
}
