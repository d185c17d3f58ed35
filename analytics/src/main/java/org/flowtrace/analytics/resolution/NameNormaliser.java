package org.flowtrace.analytics.resolution;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a written name into a {@link PartyName}: legal forms written in their own script removed (for
 * organisations), Thai and Khmer romanised ({@link ThaiRomaniser}, {@link KhmerRomaniser}), every other
 * script transliterated by ICU ({@code Any-Latin; Latin-ASCII}: Chinese to pinyin without tones,
 * Cyrillic, Burmese, Korean, Vietnamese diacritics removed), lower-cased, split into tokens at anything
 * that is not a letter or digit (apostrophes dropped), runs of single letters joined ({@code K.K.} →
 * {@code kk}), and then Latin legal forms (organisations) or titles (persons) removed. Generic words of
 * company names written in Chinese or Vietnamese become English ones ({@link LegalForms}). Names written
 * in Chinese characters, Thai or Khmer also get each token's {@link Reading}: the spellings of the other
 * usual romanisations ({@link HanReadings}, {@link ThaiReadings}, {@link KhmerReadings}). Thread-safe.
 */
final class NameNormaliser {

    private static final ThreadLocal<Transliterator> TO_ASCII =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

    /** Titles and honorifics that are not part of a person's name (English, Khmer, Thai, Malay, Burmese). */
    private static final Set<String> TITLES = Set.of(
            "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "madam", "oknha", "okhna", "neak", "samdech", "khun", "nai",
            "nang", "nangsao", "datuk", "dato", "haji", "hajjah", "daw");

    private NameNormaliser() {}

    static PartyName normalise(String written, PartyType type) {
        var text = type == PartyType.PERSON
                ? written
                : LegalForms.withTranslatedWords(LegalForms.withoutNativeForms(written));
        var read = new ArrayList<Token>();
        boolean withReadings = readTokens(text, type != PartyType.PERSON, read);
        var tokens = joinedInitials(read.stream().map(Token::text).toList());
        if (type == PartyType.PERSON) {
            var withoutTitles = tokens.stream().filter(t -> !TITLES.contains(t)).toList();
            tokens = withoutTitles.isEmpty() ? tokens : withoutTitles;
        } else {
            tokens = LegalForms.withTranslatedTokens(LegalForms.withoutLatinForms(tokens));
        }
        var phonetic = tokens.stream().map(PhoneticKey::of).toList();
        var readings = withReadings ? aligned(tokens, read) : List.<Reading>of();
        var folded = tokens.stream().map(RomanisationFold::of).toList();
        return new PartyName(written, tokens, String.join("", tokens), phonetic, folded, !isLatin(written), readings);
    }

    /** A token as read, with its reading when it was written in Chinese characters or Thai. */
    private record Token(String text, Reading reading) {}

    /**
     * The text's tokens: each Chinese character one token (its pinyin) with its {@link HanReadings}, each
     * Thai word one token (RTGS) with its {@link ThaiReadings}, each Khmer word one token (UNGEGN) with its
     * {@link KhmerReadings}, the rest through {@link #toAscii}. Whether any
     * token has a reading.
     */
    private static boolean readTokens(String text, boolean organisation, List<Token> out) {
        boolean han = text.codePoints().anyMatch(HanReadings::isHan);
        boolean thai = ThaiRomaniser.hasThai(text);
        boolean khmer = KhmerRomaniser.hasKhmer(text);
        if (!han && !thai && !khmer) {
            tokens(toAscii(text)).forEach(t -> out.add(new Token(t, Reading.NONE)));
            return false;
        }
        var other = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (HanReadings.isHan(cp)) {
                flush(other, out);
                var pinyin = tokens(toAscii(new String(Character.toChars(cp))));
                if (pinyin.size() == 1) {
                    out.add(new Token(pinyin.getFirst(), HanReadings.of(cp, pinyin.getFirst(), organisation)));
                } else {
                    pinyin.forEach(t -> out.add(new Token(t, Reading.NONE)));
                }
                i += Character.charCount(cp);
            } else if (ThaiRomaniser.hasThai(String.valueOf(text.charAt(i)))
                    || KhmerRomaniser.hasKhmer(String.valueOf(text.charAt(i)))) {
                flush(other, out);
                boolean isThai = ThaiRomaniser.hasThai(String.valueOf(text.charAt(i)));
                int end = i;
                while (end < text.length()
                        && (isThai
                                ? ThaiRomaniser.hasThai(String.valueOf(text.charAt(end)))
                                : KhmerRomaniser.hasKhmer(String.valueOf(text.charAt(end))))) {
                    end++;
                }
                var word = text.substring(i, end);
                var romanised = tokens(toAscii(word));
                if (romanised.size() == 1) {
                    out.add(new Token(romanised.getFirst(), isThai ? ThaiReadings.of(word) : KhmerReadings.of(word)));
                } else {
                    romanised.forEach(t -> out.add(new Token(t, Reading.NONE)));
                }
                i = end;
            } else {
                other.append(text.charAt(i));
                i++;
            }
        }
        flush(other, out);
        return out.stream().anyMatch(t -> !t.reading().isEmpty());
    }

    private static void flush(StringBuilder other, List<Token> out) {
        if (!other.isEmpty()) {
            tokens(toAscii(other.toString())).forEach(t -> out.add(new Token(t, Reading.NONE)));
            other.setLength(0);
        }
    }

    /**
     * The readings of the tokens kept: legal forms, titles and joined initials change the token list, but
     * keep the order of the tokens they leave, so each kept token takes the reading of the next read token
     * spelt like it.
     */
    private static List<Reading> aligned(List<String> tokens, List<Token> read) {
        var readings = new ArrayList<Reading>(tokens.size());
        int from = 0;
        for (var token : tokens) {
            var reading = Reading.NONE;
            for (int k = from; k < read.size(); k++) {
                if (read.get(k).text().equals(token)) {
                    reading = read.get(k).reading();
                    from = k + 1;
                    break;
                }
            }
            readings.add(reading);
        }
        return readings;
    }

    /** The text in lower-case ASCII. */
    static String toAscii(String text) {
        var romanised = text;
        if (ThaiRomaniser.hasThai(romanised)) {
            romanised = ThaiRomaniser.romanise(romanised);
        }
        if (KhmerRomaniser.hasKhmer(romanised)) {
            romanised = KhmerRomaniser.romanise(romanised);
        }
        if (!isAscii(romanised)) {
            romanised = TO_ASCII.get().transliterate(romanised);
        }
        return romanised.toLowerCase(Locale.ROOT);
    }

    private static List<String> tokens(String ascii) {
        var tokens = new ArrayList<String>();
        var token = new StringBuilder();
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                token.append(c);
            } else if (c != '\'' && c != '’' && c != '`' && !token.isEmpty()) {
                tokens.add(token.toString());
                token.setLength(0);
            }
        }
        if (!token.isEmpty()) {
            tokens.add(token.toString());
        }
        return tokens;
    }

    /** Runs of single letters joined into one token: {@code K.K. Park} → {@code kk park}, {@code U S A} → {@code usa}. */
    private static List<String> joinedInitials(List<String> tokens) {
        var result = new ArrayList<String>(tokens.size());
        var run = new StringBuilder();
        for (var token : tokens) {
            if (token.length() == 1) {
                run.append(token);
                continue;
            }
            if (!run.isEmpty()) {
                result.add(run.toString());
                run.setLength(0);
            }
            result.add(token);
        }
        if (!run.isEmpty()) {
            result.add(run.toString());
        }
        return result;
    }

    /** Whether every letter of the text is Latin (with or without diacritics). */
    private static boolean isLatin(String text) {
        return text.codePoints()
                .filter(Character::isLetter)
                .allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }
}
