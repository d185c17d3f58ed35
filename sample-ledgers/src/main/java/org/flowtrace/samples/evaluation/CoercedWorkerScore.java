package org.flowtrace.samples.evaluation;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How the coerced-worker indicators did: the planted workers' accounts and wallets that a
 * {@code POSSIBLE_TRAFFICKING_VICTIM} finding marks as a possible victim, the marks that fell on paid
 * mules and legitimate look-alikes, and the planted workers among the top-ranked suspects (the target is
 * none: a coerced worker is a victim, not a suspect).
 *
 * @param planted planted workers' accounts and wallets
 * @param marked those marked as possible victims
 * @param recall marked over planted; 0 when none was planted
 * @param markedInAll every account and wallet marked
 * @param mulesMarked paid mules marked (not coerced)
 * @param lookAlikesMarked legitimate look-alikes marked
 * @param suspectsRanked how many top-ranked suspects were looked at
 * @param workersAmongSuspects planted workers among them
 * @param missed the planted workers not marked
 * @param asSuspects the planted workers among the top-ranked suspects
 */
public record CoercedWorkerScore(
        int planted,
        int marked,
        double recall,
        int markedInAll,
        int mulesMarked,
        int lookAlikesMarked,
        int suspectsRanked,
        int workersAmongSuspects,
        List<String> missed,
        List<String> asSuspects) {

    public CoercedWorkerScore {
        missed = List.copyOf(missed);
        asSuspects = List.copyOf(asSuspects);
    }

    /**
     * Scores the marks.
     *
     * @param workers the planted workers' keys
     * @param mules the paid mules' keys
     * @param lookAlikes the look-alikes' keys
     * @param marked every account and wallet key a possible-victim finding marks
     * @param suspects the top-ranked suspects' keys, strongest first
     */
    public static CoercedWorkerScore of(
            Collection<String> workers,
            Collection<String> mules,
            Collection<String> lookAlikes,
            Set<String> marked,
            List<String> suspects) {
        var planted = new HashSet<>(workers);
        int found = (int) planted.stream().filter(marked::contains).count();
        var missed = workers.stream()
                .filter(w -> !marked.contains(w))
                .distinct()
                .sorted()
                .toList();
        var asSuspects = suspects.stream().filter(planted::contains).toList();
        return new CoercedWorkerScore(
                planted.size(),
                found,
                planted.isEmpty() ? 0 : found / (double) planted.size(),
                marked.size(),
                (int) mules.stream().distinct().filter(marked::contains).count(),
                (int) lookAlikes.stream().distinct().filter(marked::contains).count(),
                suspects.size(),
                asSuspects.size(),
                missed,
                asSuspects);
    }
}
