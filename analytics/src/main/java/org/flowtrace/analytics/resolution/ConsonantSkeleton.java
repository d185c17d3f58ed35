package org.flowtrace.analytics.resolution;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The consonant skeleton of a spelling, coarse enough that the romanisation systems of one Thai, Khmer or
 * Chinese name agree on it, for blocking only: consonants by place of articulation, voicing and
 * aspiration ignored ({@code p b ph bh → P}, {@code t d th dh → T}, {@code k g kh c q → K},
 * {@code ch chh j sh zh → C}, {@code n ng nh ny → N}, {@code r l → R}, {@code s z x → S},
 * {@code v w → W}, {@code m f} themselves), vowels, {@code h} and {@code y} dropped, repeats made one:
 * {@code Abhisit}, {@code Aphisit} and {@code อภิสิทธิ์} all give {@code PST}; {@code Vejjajiva} and
 * {@code Wetchachiwa} give {@code WCW}. A {@link Reading} gives the skeletons of its spellings, at most
 * {@value #MAX_SKELETONS}. Thread-safe.
 */
final class ConsonantSkeleton {

    static final int MAX_SKELETONS = 16;

    private ConsonantSkeleton() {}

    static String of(String spelling) {
        var out = new StringBuilder();
        append(spelling, out);
        return out.toString();
    }

    /** The skeletons of the reading's spellings, at most {@value #MAX_SKELETONS}. */
    static Set<String> of(Reading reading) {
        Set<String> skeletons = new LinkedHashSet<>();
        skeletons.add("");
        for (var slot : reading.slots()) {
            var fragments = new LinkedHashSet<String>();
            for (var spelling : slot) {
                fragments.add(of(spelling));
            }
            var next = new LinkedHashSet<String>();
            for (var prefix : skeletons) {
                for (var fragment : fragments) {
                    if (next.size() == MAX_SKELETONS) {
                        break;
                    }
                    next.add(joined(prefix, fragment));
                }
            }
            skeletons = next;
        }
        return skeletons;
    }

    /** The skeletons of a token: its reading's, or its own spelling's. */
    static Set<String> of(String token, Reading reading) {
        return reading.isEmpty() ? Set.of(of(token)) : of(reading);
    }

    private static String joined(String prefix, String fragment) {
        if (!prefix.isEmpty() && !fragment.isEmpty() && prefix.charAt(prefix.length() - 1) == fragment.charAt(0)) {
            return prefix + fragment.substring(1);
        }
        return prefix + fragment;
    }

    private static final List<String[]> DIGRAPHS = List.of(
            new String[] {"chh", "C"},
            new String[] {"tch", "C"},
            new String[] {"ch", "C"},
            new String[] {"sh", "C"},
            new String[] {"zh", "C"},
            new String[] {"ph", "P"},
            new String[] {"bh", "P"},
            new String[] {"th", "T"},
            new String[] {"dh", "T"},
            new String[] {"kh", "K"},
            new String[] {"gh", "K"},
            new String[] {"ng", "N"},
            new String[] {"nh", "N"},
            new String[] {"ny", "N"},
            new String[] {"gn", "N"});

    private static void append(String spelling, StringBuilder out) {
        int i = 0;
        outer:
        while (i < spelling.length()) {
            for (var digraph : DIGRAPHS) {
                if (spelling.startsWith(digraph[0], i)) {
                    add(digraph[1].charAt(0), out);
                    i += digraph[0].length();
                    continue outer;
                }
            }
            char c = spelling.charAt(i++);
            char cls = switch (c) {
                case 'p', 'b' -> 'P';
                case 't', 'd' -> 'T';
                case 'k', 'g', 'c', 'q' -> 'K';
                case 'j' -> 'C';
                case 'n' -> 'N';
                case 'r', 'l' -> 'R';
                case 's', 'z', 'x' -> 'S';
                case 'v', 'w' -> 'W';
                case 'm' -> 'M';
                case 'f' -> 'F';
                default -> ' ';
            };
            if (cls != ' ') {
                add(cls, out);
            }
        }
    }

    private static void add(char cls, StringBuilder out) {
        if (out.isEmpty() || out.charAt(out.length() - 1) != cls) {
            out.append(cls);
        }
    }
}
