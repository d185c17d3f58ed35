package org.flowtrace.graph.sameas;

import java.util.List;
import java.util.Objects;

/**
 * A candidate link between two parties found by a resolution run.
 *
 * @param leftKey the key of one party
 * @param rightKey the key of the other (the pair is stored in key order whatever the order here)
 * @param score 0 to 1: how sure the matcher is that both name the same party
 * @param reasons the features that fired, in plain words ({@code registration REG:KH:00012345},
 *     {@code name 0.97}, {@code birth date 1982 ~ 1982-07}), strongest first
 * @param leftSources the sources of the left party ({@code goAML}, {@code BODS}, {@code OFAC SDN} …)
 * @param rightSources the sources of the right party
 */
public record SameAsLink(
        String leftKey,
        String rightKey,
        double score,
        List<String> reasons,
        List<String> leftSources,
        List<String> rightSources) {

    public SameAsLink {
        Objects.requireNonNull(leftKey, "leftKey");
        Objects.requireNonNull(rightKey, "rightKey");
        if (leftKey.equals(rightKey)) {
            throw new IllegalArgumentException("a party is not linked to itself: " + leftKey);
        }
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be within 0 and 1: " + score);
        }
        reasons = List.copyOf(reasons);
        leftSources = List.copyOf(leftSources);
        rightSources = List.copyOf(rightSources);
    }

    /** The link's key: both party keys in order, so that a pair has one key whichever side is named first. */
    public String key() {
        return pairKey(leftKey, rightKey);
    }

    /** The key of the link between two parties, in either order. */
    public static String pairKey(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "\u001f" + b : b + "\u001f" + a;
    }
}
