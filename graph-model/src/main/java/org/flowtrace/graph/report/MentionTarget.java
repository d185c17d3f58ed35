package org.flowtrace.graph.report;

/** The node label a report's {@code NAMES} link points at; Cypher is rendered from these, never from input. */
public enum MentionTarget {
    PARTY("Party"),
    ACCOUNT("Account");

    private final String cypherLabel;

    MentionTarget(String cypherLabel) {
        this.cypherLabel = cypherLabel;
    }

    public String cypherLabel() {
        return cypherLabel;
    }
}
