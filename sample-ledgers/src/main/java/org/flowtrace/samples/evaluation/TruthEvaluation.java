package org.flowtrace.samples.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
     * A finding as the evaluation needs it.
     *
     * @param typology the finding's typology
     * @param centre the key of its central member
     */
    public record DetectedPattern(String typology, String centre) {}

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
        var findings = new HashMap<String, Integer>();
        var truePositives = new HashMap<String, Integer>();
        var lookAlikes = new HashMap<String, Integer>();
        for (var finding : found) {
            foundCentres
                    .computeIfAbsent(finding.typology(), k -> new HashSet<>())
                    .add(finding.centre());
            findings.merge(finding.typology(), 1, Integer::sum);
            if (plantedCentres.getOrDefault(finding.typology(), Set.of()).contains(finding.centre())) {
                truePositives.merge(finding.typology(), 1, Integer::sum);
            }
            if (lookAlikeCentres.contains(finding.centre())) {
                lookAlikes.merge(finding.typology(), 1, Integer::sum);
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
    public static final Map<String, String> CENTRAL_ROLES = Map.of(
            "FAN_OUT", "source",
            "FAN_IN", "target",
            "STRUCTURING", "payer",
            "PASS_THROUGH", "mule",
            "SCATTER_GATHER", "source",
            "GATHER_SCATTER", "hub",
            "CYCLE", "origin",
            "PEEL_CHAIN", "origin",
            "RANSOM", "mule");
}
