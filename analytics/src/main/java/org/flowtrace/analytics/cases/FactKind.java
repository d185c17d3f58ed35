package org.flowtrace.analytics.cases;

/**
 * What a fact of a case is: a node of the graph (a party, account, wallet, report, finding, designation) or
 * a relationship between two of them (a transfer, a holding, an interest, a mention …).
 */
public enum FactKind {
    PERSON(false),
    ORGANISATION(false),
    PARTY(false),
    ACCOUNT(false),
    WALLET(false),
    REPORT(false),
    FINDING(false),
    DESIGNATION(false),
    TRANSFER(true),
    HOLDS(true),
    CONTROLS_WALLET(true),
    OWNS(true),
    CONTROLS(true),
    SAME_AS(true),
    LINKED_TO(true),
    DESIGNATED_BY(true),
    NAMES(true);

    private final boolean relationship;

    FactKind(boolean relationship) {
        this.relationship = relationship;
    }

    /** Whether the fact links two others ({@link CaseFact#from()} to {@link CaseFact#to()}). */
    public boolean relationship() {
        return relationship;
    }

    /** Whether it is a person, organisation or party of unknown type. */
    public boolean party() {
        return this == PERSON || this == ORGANISATION || this == PARTY;
    }
}
