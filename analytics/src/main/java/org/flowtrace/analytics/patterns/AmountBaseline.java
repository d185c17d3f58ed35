package org.flowtrace.analytics.patterns;

import java.util.Arrays;
import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.flowtrace.analytics.projection.TransferProjection;
import org.flowtrace.analytics.statistics.RobustZScore;

/**
 * How unusual some amounts are for an account: the robust z-score of their median against the
 * account's other transfers on the same side, on a log scale (amounts are heavy-tailed): {@code (m −
 * median) / (1.4826 · MAD)} ({@link RobustZScore}). An employer's
 * salary run is ordinary for the employer; ten payments of 8,000 USD from an account that usually
 * spends 50 USD are not. The MAD is floored at {@value #MIN_MAD} (log10, about ±5 %) so that an
 * account paying one fixed amount does not make every other amount infinitely unusual.
 */
record AmountBaseline(double z, int others) {

    /** Other transfers needed for a baseline; with fewer, the amounts count as unusual (a new account). */
    static final int MIN_OTHERS = 5;

    static final double MIN_MAD = 0.02;

    /**
     * The robust z-score of {@code group}'s median amount against the other transfers of
     * {@code sideTransfers} (the account's outgoing, or incoming, transfers); {@code NaN} when there
     * are fewer than {@value #MIN_OTHERS} others with a USD value.
     */
    static AmountBaseline of(TransferProjection graph, int[] sideTransfers, int... group) {
        var inGroup = Arrays.copyOf(group, group.length);
        Arrays.sort(inGroup);
        var others = Arrays.stream(sideTransfers)
                .filter(t -> Arrays.binarySearch(inGroup, t) < 0 && !Double.isNaN(graph.usd(t)) && graph.usd(t) > 0)
                .mapToDouble(t -> Math.log10(graph.usd(t)))
                .toArray();
        if (others.length < MIN_OTHERS) {
            return new AmountBaseline(Double.NaN, others.length);
        }
        double groupMedian = new Median()
                .evaluate(Arrays.stream(group)
                        .mapToDouble(t -> Math.log10(Math.max(graph.usd(t), 0.01)))
                        .toArray());
        return new AmountBaseline(RobustZScore.of(others, MIN_MAD).z(groupMedian), others.length);
    }

    /** Whether amounts with this z-score are unusual enough: no baseline counts as unusual. */
    boolean unusual(double minZ) {
        return Double.isNaN(z) || z >= minZ;
    }

    /** The clause an explanation adds: nothing without a baseline. */
    String clause() {
        return Double.isNaN(z)
                ? ""
                : "; unusual for it (robust z-score %.1f against its %d other transfers)".formatted(z, others);
    }
}
