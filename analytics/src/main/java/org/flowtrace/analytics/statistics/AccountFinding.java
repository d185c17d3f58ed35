package org.flowtrace.analytics.statistics;

import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import org.flowtrace.analytics.patterns.PatternDetector;
import org.flowtrace.analytics.projection.TransferProjection;
import org.flowtrace.graph.finding.Finding;
import org.flowtrace.graph.finding.FindingMember;

/**
 * A finding about one account's own behaviour: the account (role {@value #ROLE}) and its most telling
 * transfers as evidence; the score from how far the corrected p-value lies below the detector's level.
 */
final class AccountFinding {

    /** The role of the account a statistical finding is about. */
    static final String ROLE = "account";

    /** Powers of ten below the level at which the score reaches 1. */
    private static final double DECADES_TO_FULL_SCORE = 6;

    private AccountFinding() {}

    static Finding of(
            PatternDetector detector,
            TransferProjection graph,
            int endpoint,
            List<Integer> evidence,
            double score,
            String explanation,
            SortedMap<String, String> parameters) {
        var sorted = evidence.stream().sorted().distinct().toList();
        return new Finding(
                detector.typology(),
                detector.name(),
                detector.version(),
                Math.max(0, Math.min(1, score)),
                explanation,
                parameters,
                sorted.stream().map(graph::id).toList(),
                List.of(new FindingMember(graph.endpointLabel(endpoint), graph.endpointKey(endpoint), ROLE)),
                graph.instant(sorted.get(0)),
                graph.instant(sorted.get(sorted.size() - 1)));
    }

    /**
     * 0.5 when the corrected p-value equals the level {@code alpha}, rising by 1/12 for each power of
     * ten below it, 1 from six powers of ten below.
     */
    static double score(double adjustedP, double alpha) {
        double decades = Math.log10(alpha / Math.max(adjustedP, Double.MIN_NORMAL));
        return 0.5 + 0.5 * Math.max(0, Math.min(1, decades / DECADES_TO_FULL_SCORE));
    }

    /** A p-value as explanations write it: 0.004, 2.1e-7, < 1e-300. */
    static String p(double p) {
        if (p >= 0.001) {
            return String.format(Locale.ROOT, "%.3f", p);
        }
        if (p < 1e-300) {
            return "< 1e-300";
        }
        int exponent = (int) Math.floor(Math.log10(p));
        double mantissa = p / Math.pow(10, exponent);
        if (mantissa >= 9.95) {
            mantissa = 1;
            exponent++;
        }
        return String.format(Locale.ROOT, "%.1fe%d", mantissa, exponent);
    }

    static String usd(double value) {
        return String.format(Locale.ROOT, "%,.2f USD", value);
    }

    static String number(double value, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }
}
