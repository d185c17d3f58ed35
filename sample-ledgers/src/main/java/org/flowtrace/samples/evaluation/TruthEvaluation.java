package org.flowtrace.samples.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.flowtrace.samples.generator.GroundTruth;

/**
 * Matches findings to planted patterns by their centre: the account a pattern is built around (the
 * first account the truth lists: the fan-out source, the fan-in target, the structuring payer, the
 * mule …) and the member a finding gives the central role. A planted pattern is detected when a
 * finding of its typology has its centre; a finding is a true positive when its centre is the centre
 * of a planted pattern of its typology. Typologies that no detector reports score zero recall, as they
 * should.
 */
public final class TruthEvaluation {

    /**
     * A finding as the evaluation needs it: one per member in the central role. A finding that gives the
     * central role to several members (a stack's first layer) is one finding: it counts once, as a true
     * positive when any of them is a planted centre.
     *
     * @param typology the finding's typology
     * @param centre the key of its central member
     * @param finding the finding's key; {@code null}: a finding of its own
     */
    public record DetectedPattern(String typology, String centre, String finding) {

        /** A finding with one central member. */
        public DetectedPattern(String typology, String centre) {
            this(typology, centre, null);
        }
    }

    private TruthEvaluation() {}

    public static List<TypologyScore> score(GroundTruth truth, List<DetectedPattern> found) {
        var plantedCentres = new HashMap<String, Set<String>>();
        var lookAlikeCentres = new HashSet<String>();
        for (var pattern : truth.patterns()) {
            var centre = pattern.accounts().get(0);
            if (pattern.laundering()) {
                plantedCentres
                        .computeIfAbsent(pattern.typology(), k -> new HashSet<>())
                        .add(centre);
            } else {
                lookAlikeCentres.add(centre);
            }
        }
        var foundCentres = new HashMap<String, Set<String>>();
        var centresByFinding = new LinkedHashMap<Object, List<DetectedPattern>>();
        for (var finding : found) {
            foundCentres
                    .computeIfAbsent(finding.typology(), k -> new HashSet<>())
                    .add(finding.centre());
            centresByFinding
                    .computeIfAbsent(
                            finding.finding() == null ? new Object() : finding.typology() + " " + finding.finding(),
                            k -> new ArrayList<>())
                    .add(finding);
        }
        var findings = new HashMap<String, Integer>();
        var truePositives = new HashMap<String, Integer>();
        var lookAlikes = new HashMap<String, Integer>();
        for (var centres : centresByFinding.values()) {
            var typology = centres.get(0).typology();
            findings.merge(typology, 1, Integer::sum);
            if (centres.stream()
                    .anyMatch(
                            c -> plantedCentres.getOrDefault(typology, Set.of()).contains(c.centre()))) {
                truePositives.merge(typology, 1, Integer::sum);
            }
            if (centres.stream().anyMatch(c -> lookAlikeCentres.contains(c.centre()))) {
                lookAlikes.merge(typology, 1, Integer::sum);
            }
        }
        var typologies = new TreeSet<>(plantedCentres.keySet());
        typologies.addAll(findings.keySet());
        var scores = new ArrayList<TypologyScore>();
        for (var typology : typologies) {
            var planted = plantedCentres.getOrDefault(typology, Set.of());
            var detected = new HashSet<>(planted);
            detected.retainAll(foundCentres.getOrDefault(typology, Set.of()));
            scores.add(TypologyScore.of(
                    typology,
                    planted.size(),
                    detected.size(),
                    findings.getOrDefault(typology, 0),
                    truePositives.getOrDefault(typology, 0),
                    lookAlikes.getOrDefault(typology, 0)));
        }
        return scores;
    }

    /** The central role of each typology's findings, as the detectors name it. */
    public static final Map<String, String> CENTRAL_ROLES = Map.ofEntries(
            Map.entry("FAN_OUT", "source"),
            Map.entry("FAN_IN", "target"),
            Map.entry("STRUCTURING", "payer"),
            Map.entry("PASS_THROUGH", "mule"),
            Map.entry("SCATTER_GATHER", "source"),
            Map.entry("GATHER_SCATTER", "hub"),
            Map.entry("CYCLE", "origin"),
            Map.entry("PEEL_CHAIN", "origin"),
            Map.entry("RANSOM", "mule"),
            Map.entry("STACK", "origin"), // the first layer; the truth lists a member of it first
            Map.entry("ROUND_AMOUNTS", "account"),
            Map.entry("BURST", "account"));
}
