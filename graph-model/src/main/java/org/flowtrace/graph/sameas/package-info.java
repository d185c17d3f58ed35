/**
 * Entity resolution's output: {@code (:Party)-[:SAME_AS]->(:Party)} candidate links that say two party
 * records may name the same person or organisation, with a score, the features that fired, the
 * sources of each side and the run that found them, and the analyst's decision on each
 * ({@code CANDIDATE}, {@code CONFIRMED}, {@code REJECTED}). Parties are never merged; a decision is
 * never overwritten by a later resolution run.
 */
@NullMarked
package org.flowtrace.graph.sameas;

import org.jspecify.annotations.NullMarked;
