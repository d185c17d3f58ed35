package org.flowtrace.analytics.ownership;

/**
 * The kinds of link {@link OperatorLinks} follows, each with the strength of its evidence (0–1) when
 * the link itself says nothing finer: a share, a resolution score.
 */
public enum LinkKind {
    /** An economic interest; strength 0.5 + half the stated (minimum) share, 0.5 when none is stated. */
    OWNS(0.5),
    /** Control without shares: voting, board, directorship, nominee, trustee. */
    CONTROLS(0.9),
    /** Two records of one party: 1 when an analyst confirmed it, the resolution score for a candidate. */
    SAME_AS(1.0),
    /** A party holds a bank account (a bank's own record: STR, statement). */
    HOLDS(1.0),
    /** A party controls a wallet (a list or dataset says so). */
    CONTROLS_WALLET(1.0),
    /** A list links two parties (family, associate, linked company) without saying how. */
    LINKED_TO(0.6),
    /** Money moved between the two (one or more transfers, either way). */
    TRANSFER(0.7);

    private final double strength;

    LinkKind(double strength) {
        this.strength = strength;
    }

    /** The strength of a link of this kind when nothing finer is known. */
    public double strength() {
        return strength;
    }
}
