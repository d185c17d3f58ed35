/**
 * Entity resolution: finds party records from different sources (goAML reports, BODS registers,
 * FollowTheMoney datasets, sanctions and FIU lists, bank statements) that name the same person or
 * organisation, and links them with {@code SAME_AS} candidate links that carry a score and the features
 * that fired. Exact links rest on strong identifiers (registration numbers with their jurisdiction,
 * LEIs, identity documents with their country, e-mail, phone, account, wallet); fuzzy links on names
 * compared across scripts and spellings, supported by dates of birth, countries and gender. Candidate
 * pairs come from blocking keys, never from comparing all pairs; parties are never merged.
 */
@NullMarked
package org.flowtrace.analytics.resolution;

import org.jspecify.annotations.NullMarked;
