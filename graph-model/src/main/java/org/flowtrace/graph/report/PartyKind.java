package org.flowtrace.graph.report;

/** Whether a party is a natural person or an organisation; renders the second label of its node. */
public enum PartyKind {
    PERSON("Person"),
    ORGANISATION("Organisation");

    private final String cypherLabel;

    PartyKind(String cypherLabel) {
        this.cypherLabel = cypherLabel;
    }

    public String cypherLabel() {
        return cypherLabel;
    }
}
