package org.flowtrace.analytics.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * One test run over many accounts (or accounts' sides), its p-values corrected together for the number
 * of tests ({@link Correction}), so that a detector reports only what stays significant after that.
 *
 * @param <T> what was tested of one account
 */
final class CorrectedTests<T> {

    /**
     * A test that reaches the level after correction.
     *
     * @param test what was tested
     * @param p its corrected p-value
     */
    record Significant<T>(T test, double p) {}

    private final List<T> tested;
    private final double[] adjusted;

    CorrectedTests(List<T> tested, ToDoubleFunction<T> pValue, Correction correction) {
        this.tested = List.copyOf(tested);
        this.adjusted = correction.adjust(tested.stream().mapToDouble(pValue).toArray());
    }

    /** How many were tested: the size of the correction. */
    int size() {
        return tested.size();
    }

    /** The tests whose corrected p-value is at most {@code alpha}, in the order tested. */
    List<Significant<T>> reaching(double alpha) {
        var significant = new ArrayList<Significant<T>>();
        for (int i = 0; i < tested.size(); i++) {
            if (adjusted[i] <= alpha) {
                significant.add(new Significant<>(tested.get(i), adjusted[i]));
            }
        }
        return significant;
    }
}
