package org.flowtrace.graph.ownership;

/**
 * The relationship type of an interest one party holds in another: an economic interest
 * ({@code OWNS}: shares, rights to profit or surplus assets, beneficiary of a trust …) or control
 * ({@code CONTROLS}: voting rights, appointing the board, directorship, trustee, other influence …).
 * Rendered into Cypher from this enum, never from input.
 */
public enum InterestRelation {
    OWNS,
    CONTROLS;

    /** The relationship type as written in Cypher. */
    public String cypherType() {
        return name();
    }
}
