package org.flowtrace.analytics.resolution;

/**
 * The Jaro–Winkler similarity of two strings (Jaro 1989; Winkler, "String Comparator Metrics and Enhanced
 * Decision Rules in the Fellegi-Sunter Model of Record Linkage", 1990), with the conventions of Apache
 * Commons Text's {@code JaroWinklerSimilarity} — characters match within {@code max(longer/2 − 1, 0)}
 * positions, half-transpositions counted, a common prefix of up to four characters raising a similarity
 * of 0.7 or more by a tenth of the remaining gap per character — computed without boxing or per-call
 * copies of the strings, since resolution compares millions of token pairs. {@code JaroWinklerTest}
 * checks it gives Commons Text's values. Thread-safe.
 */
final class JaroWinkler {

    private JaroWinkler() {}

    static double similarity(String left, String right) {
        if (left.equals(right)) {
            return 1.0;
        }
        var shorter = left.length() <= right.length() ? left : right;
        var longer = shorter == left ? right : left;
        int range = Math.max(longer.length() / 2 - 1, 0);
        var matchedInShorter = new boolean[shorter.length()];
        var matchedInLonger = new boolean[longer.length()];
        int matches = 0;
        for (int i = 0; i < shorter.length(); i++) {
            char c = shorter.charAt(i);
            for (int k = Math.max(i - range, 0), end = Math.min(i + range + 1, longer.length()); k < end; k++) {
                if (!matchedInLonger[k] && c == longer.charAt(k)) {
                    matchedInShorter[i] = true;
                    matchedInLonger[k] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int halfTranspositions = 0;
        for (int i = 0, k = 0; i < shorter.length(); i++) {
            if (!matchedInShorter[i]) {
                continue;
            }
            while (!matchedInLonger[k]) {
                k++;
            }
            if (shorter.charAt(i) != longer.charAt(k)) {
                halfTranspositions++;
            }
            k++;
        }
        int prefix = 0;
        for (int i = 0; i < Math.min(4, shorter.length()); i++) {
            if (left.charAt(i) != right.charAt(i)) {
                break;
            }
            prefix++;
        }
        double m = matches;
        double jaro = (m / left.length() + m / right.length() + (m - halfTranspositions / 2.0) / m) / 3;
        return jaro < 0.7 ? jaro : jaro + 0.1 * prefix * (1.0 - jaro);
    }
}
