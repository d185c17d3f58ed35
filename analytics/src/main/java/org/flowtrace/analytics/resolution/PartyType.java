package org.flowtrace.analytics.resolution;

/**
 * What a party record is: a natural person, an organisation, or not known (a FollowTheMoney
 * {@code LegalEntity}, a party named only by reference). A person is never linked to an organisation;
 * a party of unknown type may be linked to either.
 */
public enum PartyType {
    PERSON,
    ORGANISATION,
    UNKNOWN;

    public boolean compatibleWith(PartyType other) {
        return this == UNKNOWN || other == UNKNOWN || this == other;
    }

    /** From the node's labels. */
    public static PartyType of(boolean person, boolean organisation) {
        if (person && !organisation) {
            return PERSON;
        }
        if (organisation && !person) {
            return ORGANISATION;
        }
        return UNKNOWN;
    }
}
