package org.flowtrace.analytics.patterns;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import org.flowtrace.graph.finding.Finding;

/**
 * One pattern, one finding: the money of a scatter-gather also makes a fan-out at its source and a
 * fan-in at its sink, and an analyst wants the pattern named once, by its most specific typology.
 * A finding is left out when at least {@value #COVERED} of its evidence transfers are evidence of one
 * finding of a more specific typology; typologies not listed in {@link #MOST_SPECIFIC_FIRST} are
 * always kept.
 */
final class SubsumedFindings {

    static final List<String> MOST_SPECIFIC_FIRST = List.of(
            "PEEL_CHAIN",
            "CYCLE",
            "STACK",
            "SCATTER_GATHER",
            "GATHER_SCATTER",
            "RANSOM",
            "PASS_THROUGH",
            "STRUCTURING",
            "FAN_IN",
            "FAN_OUT",
            "BURST");

    static final double COVERED = 0.8;

    private SubsumedFindings() {}

    /** The findings to keep, in the order given. */
    static List<Finding> leaveOut(List<Finding> findings) {
        var ranked = new ArrayList<>(findings.stream()
                .filter(f -> MOST_SPECIFIC_FIRST.contains(f.typology()))
                .toList());
        ranked.sort(Comparator.comparingInt(f -> MOST_SPECIFIC_FIRST.indexOf(f.typology())));
        var owner = new HashMap<String, Integer>(); // evidence transfer → the first kept finding holding it
        var subsumed = Collections.newSetFromMap(new IdentityHashMap<Finding, Boolean>());
        for (int i = 0; i < ranked.size(); i++) {
            var finding = ranked.get(i);
            var covered = new HashMap<Integer, Integer>();
            for (var id : finding.transferIds()) {
                var holder = owner.get(id);
                if (holder != null && !ranked.get(holder).typology().equals(finding.typology())) {
                    covered.merge(holder, 1, Integer::sum);
                }
            }
            int most =
                    covered.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            if (most >= COVERED * finding.transferIds().size()) {
                subsumed.add(finding);
            } else {
                for (var id : finding.transferIds()) {
                    owner.putIfAbsent(id, i);
                }
            }
        }
        return findings.stream().filter(f -> !subsumed.contains(f)).toList();
    }
}
