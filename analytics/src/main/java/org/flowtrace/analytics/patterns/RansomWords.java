package org.flowtrace.analytics.patterns;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of payment references that mark a ransom disguised as a debt ("trả nợ", "释放手续费",
 * "ticket home"), by meaning and in several languages. Words in Latin script match whole words in any
 * case; words in scripts written without spaces match anywhere.
 */
public final class RansomWords {

    private static final String BUNDLED = "ransom-references.txt";

    private final Map<String, List<Word>> byMeaning;
    private final Set<String> weak;
    private final String description;

    private RansomWords(Map<String, List<Word>> byMeaning, Set<String> weak, String description) {
        this.byMeaning = byMeaning;
        this.weak = weak;
        this.description = description;
    }

    /** The list shipped with flowtrace (English, Vietnamese, Indonesian/Malay, Thai, Chinese, Burmese, Khmer). */
    public static RansomWords bundled() {
        try (InputStream in = Objects.requireNonNull(
                RansomWords.class.getResourceAsStream(BUNDLED), BUNDLED + " on the class path")) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "bundled " + BUNDLED);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled " + BUNDLED, e);
        }
    }

    /** A list in the same layout as the bundled one ({@code meaning: word | word}). */
    public static RansomWords of(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the ransom word list " + file, e);
        }
    }

    static RansomWords parse(String text, String description) {
        var byMeaning = new LinkedHashMap<String, List<Word>>();
        var weak = new HashSet<String>();
        int lineNumber = 0;
        for (var line : text.lines().toList()) {
            lineNumber++;
            var stripped = line.strip();
            if (stripped.isEmpty() || stripped.startsWith("#")) {
                continue;
            }
            int colon = stripped.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException(description + " line " + lineNumber
                        + ": expected 'meaning: word | word', got '" + stripped + "'");
            }
            var words = new ArrayList<Word>();
            for (var word : stripped.substring(colon + 1).split("\\|")) {
                var normalised = normalise(word.strip());
                if (!normalised.isEmpty()) {
                    words.add(Word.of(normalised));
                }
            }
            var meaning = stripped.substring(0, colon).strip();
            if (meaning.startsWith("~")) {
                meaning = meaning.substring(1).strip();
                weak.add(meaning);
            }
            byMeaning.put(meaning, List.copyOf(words));
        }
        return new RansomWords(byMeaning, Set.copyOf(weak), description);
    }

    /**
     * The meanings a reference names, each with the first word of it found, e.g. {@code debt ("nợ")};
     * none when it names weak meanings only.
     */
    public List<String> meaningsIn(String reference) {
        var text = normalise(reference);
        var found = new ArrayList<String>();
        boolean strong = false;
        for (var entry : byMeaning.entrySet()) {
            for (var word : entry.getValue()) {
                if (word.pattern().matcher(text).find()) {
                    found.add(entry.getKey() + " (\"" + word.text() + "\")");
                    strong |= !weak.contains(entry.getKey());
                    break;
                }
            }
        }
        return strong ? found : List.of();
    }

    /** Where the list came from. */
    public String description() {
        return description;
    }

    private static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** A word and how it is found: whole words in Latin script, anywhere in other scripts. */
    private record Word(String text, Pattern pattern) {

        static Word of(String text) {
            var quoted = Pattern.quote(text);
            boolean latin = text.codePoints()
                    .allMatch(c -> c == ' ' || Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
            return new Word(
                    text, Pattern.compile(latin ? "(?<![\\p{L}\\p{N}])" + quoted + "(?![\\p{L}\\p{N}])" : quoted));
        }
    }
}
