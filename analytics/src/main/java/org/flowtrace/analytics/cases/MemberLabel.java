package org.flowtrace.analytics.cases;

/** The labels of the nodes a case includes; Cypher is rendered from these, never from input. */
enum MemberLabel {
    PARTY("Party"),
    ACCOUNT("Account"),
    WALLET("Wallet"),
    REPORT("Report"),
    FINDING("Finding"),
    DESIGNATION("Designation");

    private final String cypherLabel;

    MemberLabel(String cypherLabel) {
        this.cypherLabel = cypherLabel;
    }

    String cypherLabel() {
        return cypherLabel;
    }
}
