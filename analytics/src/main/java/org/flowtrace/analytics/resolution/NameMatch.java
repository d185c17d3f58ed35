package org.flowtrace.analytics.resolution;

/**
 * The best agreement between two parties' names.
 *
 * @param similarity 0–1 ({@link NameSimilarity})
 * @param left the left party's name that matched best
 * @param right the right party's name that matched best
 * @param bySound whether the similarity came from the phonetic keys rather than the spelling
 */
record NameMatch(double similarity, PartyName left, PartyName right, boolean bySound) {}
