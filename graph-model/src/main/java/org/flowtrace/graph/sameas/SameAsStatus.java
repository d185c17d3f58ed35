package org.flowtrace.graph.sameas;

/** Where a {@code SAME_AS} link stands: proposed by resolution, or decided by an analyst. */
public enum SameAsStatus {
    /** Proposed by a resolution run; nobody has looked at it yet. */
    CANDIDATE,
    /** An analyst says both records name the same party. */
    CONFIRMED,
    /** An analyst says they do not; resolution never proposes the pair again. */
    REJECTED
}
