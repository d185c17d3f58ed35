package org.flowtrace.analytics.screening;

import org.flowtrace.analytics.resolution.Match;

/**
 * A public party whose record matches the one looked up.
 *
 * @param entry the party as the index holds it
 * @param match its score and the features that fired ({@link org.flowtrace.analytics.resolution.MatchScorer})
 */
record NameHit(ScreeningEntry entry, Match match) {

    double score() {
        return match.score();
    }
}
