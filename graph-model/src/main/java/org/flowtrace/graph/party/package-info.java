/**
 * Parties (people and organisations named by a source) and the accounts they hold:
 * {@code (:Party)-[:HOLDS]->(:Account)}, merged on keys with provenance, like every evidence element.
 */
@NullMarked
package org.flowtrace.graph.party;

import org.jspecify.annotations.NullMarked;
