package org.flowtrace.analytics.cases;

import java.util.Objects;

/**
 * A piece of evidence mapped to the element of a predicate offence it supports.
 *
 * @param supports the element of the offence
 * @param fact the key of the fact (in {@link CaseContents#facts()}) that is the evidence
 * @param why why this fact supports the element, in plain language
 */
public record EvidenceItem(PredicateOffence.Element supports, String fact, String why) {

    public EvidenceItem {
        Objects.requireNonNull(supports, "supports");
        Objects.requireNonNull(fact, "fact");
        Objects.requireNonNull(why, "why");
    }

    /** The offence the element belongs to. */
    public PredicateOffence offence() {
        return PredicateOffence.of(supports);
    }
}
