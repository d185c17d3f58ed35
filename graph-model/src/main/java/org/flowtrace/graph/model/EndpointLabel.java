package org.flowtrace.graph.model;

/** The node labels a transfer endpoint can have; Cypher is rendered from these, never from input. */
public enum EndpointLabel {
    ACCOUNT("Account"),
    WALLET("Wallet");

    private final String cypherLabel;

    EndpointLabel(String cypherLabel) {
        this.cypherLabel = cypherLabel;
    }

    public String cypherLabel() {
        return cypherLabel;
    }
}
