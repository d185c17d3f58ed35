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
 * finding of a more specific typology, or when it is about the same account or wallet as a finding of
 * a more specific typology (each detector names that member first: the mule, the hub, the chain's
 * origin …) and the two share an evidence transfer: the same money seen twice, as when the victims'
 * payments that fill a peel chain's origin and its first transfer make a pass-through, or a ransom's
 * receiver passes the ransom on with other money. Typologies not listed in
 * {@link #MOST_SPECIFIC_FIRST} are always kept.
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
        var about = new HashMap<String, List<Integer>>(); // evidence transfer → the kept findings holding it
        var subsumed = Collections.newSetFromMap(new IdentityHashMap<Finding, Boolean>());
        for (int i = 0; i < ranked.size(); i++) {
            var finding = ranked.get(i);
            var centre = centre(finding);
            var covered = new HashMap<Integer, Integer>();
            boolean sameCentre = false;
            for (var id : finding.transferIds()) {
                var holder = owner.get(id);
                if (holder != null && !ranked.get(holder).typology().equals(finding.typology())) {
                    covered.merge(holder, 1, Integer::sum);
                }
                for (int other : about.getOrDefault(id, List.of())) {
                    sameCentre |= !centre.isEmpty()
                            && !ranked.get(other).typology().equals(finding.typology())
                            && centre.equals(centre(ranked.get(other)));
                }
            }
            int most =
                    covered.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            if (sameCentre || most >= COVERED * finding.transferIds().size()) {
                subsumed.add(finding);
            } else {
                for (var id : finding.transferIds()) {
                    owner.putIfAbsent(id, i);
                    about.computeIfAbsent(id, k -> new ArrayList<>()).add(i);
                }
            }
        }
        return findings.stream().filter(f -> !subsumed.contains(f)).toList();
    }

    /** The account or wallet a finding is about (its first member), or {@code ""} for a finding without members. */
    private static String centre(Finding finding) {
        if (finding.members().isEmpty()) {
            return "";
        }
        var first = finding.members().get(0);
        return first.label() + ":" + first.key();
    }
}
