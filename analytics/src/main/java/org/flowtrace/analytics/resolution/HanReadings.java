package org.flowtrace.analytics.resolution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The Latin spellings a Chinese character takes in names: its Hanyu Pinyin (from ICU, given), the same in
 * Wade–Giles ({@link WadeGiles}), and, for the characters of {@code han-readings.tsv} (frequent in
 * surnames and given names; sources named in the file), the usual Cantonese, Hokkien, Teochew and Hakka
 * spellings of Hong Kong, Singapore, Malaysia, Thailand and Cambodia, so that {@code 陳國強} meets
 * {@code Chan Kwok Keung} and {@code 陳文良} meets {@code Tan Boon Leong}. ICU's Han-Latin gives Mandarin
 * only. Thread-safe.
 */
final class HanReadings {

    private static final Map<Integer, List<String>> SPELLINGS = new HashMap<>();
    private static final Map<Integer, List<String>> MEANINGS = new HashMap<>();

    static {
        load();
    }

    private HanReadings() {}

    /** Whether the code point is a CJK ideograph. */
    static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    /**
     * The character's reading: one slot of its spellings, the pinyin first; in an organisation's name
     * also the English words companies translate it by ({@code 金} → {@code golden}).
     */
    static Reading of(int codePoint, String pinyin, boolean organisation) {
        var spellings = new LinkedHashSet<String>();
        spellings.add(pinyin);
        spellings.add(WadeGiles.of(pinyin));
        spellings.addAll(SPELLINGS.getOrDefault(codePoint, List.of()));
        if (organisation) {
            spellings.addAll(MEANINGS.getOrDefault(codePoint, List.of()));
        }
        return new Reading(List.of(List.copyOf(spellings)));
    }

    private static void load() {
        try (var in = Objects.requireNonNull(
                        HanReadings.class.getResourceAsStream("han-readings.tsv"), "han-readings.tsv");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .forEach(line -> {
                        var cells = line.split("\t");
                        var spellings = cells(cells, 1, Math.min(cells.length, 5));
                        var meanings = cells(cells, 5, cells.length);
                        cells[0].strip()
                                .codePoints()
                                .filter(cp -> !Character.isWhitespace(cp))
                                .forEach(cp -> {
                                    SPELLINGS.put(cp, spellings);
                                    MEANINGS.put(cp, meanings);
                                });
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> cells(String[] cells, int from, int to) {
        var values = new LinkedHashSet<String>();
        for (int i = from; i < to; i++) {
            for (var value : cells[i].split("\\|")) {
                if (!value.isBlank()) {
                    values.add(value.strip());
                }
            }
        }
        return List.copyOf(values);
    }
}
