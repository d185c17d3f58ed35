package org.flowtrace.analytics.patterns;

import java.time.Duration;

/**
 * How far a detector's findings reach from their anchor, so that an incremental run knows which
 * anchors new transfers can change: an anchor is examined again when it has a transfer at or after
 * the run's start ({@code hopsBack} 0), or when it paid such an endpoint within {@code within} before
 * that transfer, through at most {@code hopsBack} transfers (a scatter-gather's source, whose
 * intermediaries pass money on later).
 *
 * @param wholeGraph the detector cannot be narrowed: it runs over everything
 * @param anchorRole the role of the finding's anchor among its members
 * @param hopsBack how many transfers upstream of a changed endpoint an anchor may be
 * @param within how long before the changed endpoint's transfer those upstream transfers may be
 */
public record Reach(boolean wholeGraph, String anchorRole, int hopsBack, Duration within) {

    /** The detector runs fully in every run. */
    public static final Reach WHOLE_GRAPH = new Reach(true, "", 0, Duration.ZERO);

    public Reach {
        if (hopsBack < 0 || within.isNegative()) {
            throw new IllegalArgumentException("need hopsBack ≥ 0 and a window that is not negative");
        }
    }

    /** Findings that depend on their anchor's own transfers only. */
    public static Reach anchor(String role) {
        return new Reach(false, role, 0, Duration.ZERO);
    }

    /** Findings that also depend on what the anchor's counterparties do up to {@code within} later. */
    public static Reach upstream(String role, int hopsBack, Duration within) {
        return new Reach(false, role, hopsBack, within);
    }
}
