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
 * company names written in Chinese or Vietnamese become English ones ({@link LegalForms}). Thread-safe.
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
        var ascii = toAscii(text);
        var tokens = joinedInitials(tokens(ascii));
        if (type == PartyType.PERSON) {
            var withoutTitles = tokens.stream().filter(t -> !TITLES.contains(t)).toList();
            tokens = withoutTitles.isEmpty() ? tokens : withoutTitles;
        } else {
            tokens = LegalForms.withTranslatedTokens(LegalForms.withoutLatinForms(tokens));
        }
        var phonetic = tokens.stream().map(PhoneticKey::of).toList();
        return new PartyName(written, tokens, String.join("", tokens), phonetic, !isLatin(written));
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
