package org.flowtrace.analytics.ownership;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.fraction.BigFraction;
import org.apache.commons.math3.fraction.BigFractionField;
import org.apache.commons.math3.linear.Array2DRowFieldMatrix;
import org.apache.commons.math3.linear.FieldLUDecomposition;
import org.apache.commons.math3.linear.FieldMatrix;
import org.flowtrace.graph.ownership.InterestRelation;
import org.jspecify.annotations.Nullable;

/**
 * Integrated ownership over exact fractions, for one bound of the stated shares (Brioschi, Buzzacchi
 * and Colombo, "Risk capital financing and the separation of ownership and control in business
 * groups", J. Banking &amp; Finance 13 (1989); Vitali, Glattfelder and Battiston, "The network of global
 * corporate control", PLoS ONE 6 (2011)).
 *
 * <p>{@code A[i][j]} is the share party {@code i} directly holds in {@code j} (its largest stated
 * {@code OWNS} share, at the lower or the upper bound). The sum over every chain from {@code i} to
 * {@code j} of the products of the shares along it — cycles walked round any number of times — is
 * {@code W = I + A + A² + … = (I − A)⁻¹}; the integrated share of {@code i} in {@code j ≠ i} is
 * {@code W[i][j]}. The series converges exactly when the spectral radius of {@code A} is below 1; for a
 * non-negative {@code A} that holds exactly when {@code I − A} is invertible and its inverse has no
 * negative entry (a non-singular M-matrix; Berman and Plemmons, <i>Nonnegative Matrices in the
 * Mathematical Sciences</i>, 1994, ch. 6 thm 2.3). It is solved once, exactly, with Commons Math's
 * {@link FieldLUDecomposition} over {@link BigFraction}s: no rounding anywhere.
 *
 * <p>An exclusive bound on an interest ("more than 25 %") makes the integrated bound exclusive for
 * every pair whose chains pass through that interest with a non-zero product.
 */
final class OwnershipMatrix {

    /** Which bound of each stated share the matrix holds. */
    enum Bound {
        LOWER,
        UPPER
    }

    private final Map<String, Integer> index = new HashMap<>();
    private final Bound bound;
    private final FieldMatrix<BigFraction> direct;
    private final Set<List<Integer>> exclusive = new HashSet<>();
    private final @Nullable FieldMatrix<BigFraction> integrated;

    OwnershipMatrix(List<String> parties, List<StatedInterest> interests, Bound bound) {
        this.bound = bound;
        for (var party : parties) {
            index.put(party, index.size());
        }
        int n = parties.size();
        direct = new Array2DRowFieldMatrix<>(BigFractionField.getInstance(), n, n);
        var exclusiveOf = new HashMap<List<Integer>, Boolean>();
        for (var interest : interests) {
            if (interest.relation() != InterestRelation.OWNS
                    || !index.containsKey(interest.owner())
                    || !index.containsKey(interest.subject())) {
                continue;
            }
            int i = index.get(interest.owner());
            int j = index.get(interest.subject());
            var share = interest.economicShare();
            var value = bound == Bound.LOWER ? share.lower() : share.upper();
            boolean strict = bound == Bound.LOWER ? share.lowerExclusive() : share.upperExclusive();
            int c = value.compareTo(direct.getEntry(i, j));
            var pair = List.of(i, j);
            if (c > 0 || !exclusiveOf.containsKey(pair)) {
                direct.setEntry(i, j, value);
                exclusiveOf.put(pair, strict);
            } else if (c == 0) {
                // several interests state the same bound: strict only if every one is (upper), any one is (lower)
                exclusiveOf.put(
                        pair, bound == Bound.LOWER ? exclusiveOf.get(pair) || strict : exclusiveOf.get(pair) && strict);
            }
        }
        exclusiveOf.forEach((pair, strict) -> {
            if (strict) {
                exclusive.add(pair);
            }
        });
        integrated = solve(direct);
    }

    private static @Nullable FieldMatrix<BigFraction> solve(FieldMatrix<BigFraction> a) {
        int n = a.getRowDimension();
        var identityMinusA = a.scalarMultiply(BigFraction.MINUS_ONE);
        for (int i = 0; i < n; i++) {
            identityMinusA.addToEntry(i, i, BigFraction.ONE);
        }
        var solver = new FieldLUDecomposition<>(identityMinusA).getSolver();
        if (!solver.isNonSingular()) {
            return null;
        }
        var inverse = solver.getInverse();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (inverse.getEntry(i, j).compareTo(BigFraction.ZERO) < 0) {
                    return null;
                }
            }
        }
        return inverse;
    }

    /** Whether the chains converge (the stated shares round every cycle multiply to less than the whole). */
    boolean converges() {
        return integrated != null;
    }

    /** The share {@code owner} holds directly in {@code subject} at this bound. */
    BigFraction direct(String owner, String subject) {
        return direct.getEntry(index.get(owner), index.get(subject));
    }

    /** Whether the direct share is an exclusive bound. */
    boolean directExclusive(String owner, String subject) {
        return exclusive.contains(List.of(index.get(owner), index.get(subject)));
    }

    /**
     * The integrated share of {@code owner} in {@code company} at this bound, at most the whole, with
     * whether it is exclusive; when the chains do not converge, the whole (upper bound) or nothing
     * (lower bound), inclusive.
     */
    Bounded integrated(String owner, String company) {
        if (integrated == null) {
            return new Bounded(bound == Bound.UPPER ? BigFraction.ONE : BigFraction.ZERO, false);
        }
        int o = index.get(owner);
        int c = index.get(company);
        var value = integrated.getEntry(o, c);
        if (value.compareTo(BigFraction.ONE) >= 0) {
            return new Bounded(BigFraction.ONE, false);
        }
        boolean strict = false;
        for (var pair : exclusive) {
            int u = pair.get(0);
            int v = pair.get(1);
            var through = integrated.getEntry(o, u).multiply(integrated.getEntry(v, c));
            if (through.compareTo(BigFraction.ZERO) > 0
                    && (bound == Bound.LOWER || direct.getEntry(u, v).compareTo(BigFraction.ZERO) > 0)) {
                strict = true;
                break;
            }
        }
        return new Bounded(value, strict);
    }

    /** One bound of an integrated share. */
    record Bounded(BigFraction value, boolean exclusive) {}
}
