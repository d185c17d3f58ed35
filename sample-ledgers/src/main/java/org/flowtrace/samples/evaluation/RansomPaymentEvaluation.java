package org.flowtrace.samples.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.flowtrace.samples.generator.GroundTruth;

/**
 * Scores ransom findings per payment rather than per pattern: a ransom payment of the truth counts as
 * detected when a finding of typology {@code RANSOM} has its transfer among its evidence (a finding's
 * {@code transferIds}); a payment of a family-remittance look-alike in such a finding is a false alarm.
 * Recall is over all ransom payments, the false-alarm share over all look-alike payments, each per
 * format (bank ledger, TRON) and in all. Payments are matched by the key flowtrace stores their
 * transfer under, which the truth gives.
 */
public final class RansomPaymentEvaluation {

    /** The row of every format together. */
    public static final String ALL = "all";

    private RansomPaymentEvaluation() {}

    /**
     * @param truth the ground truth with its {@code ransoms} and {@code remittances}
     * @param ransomEvidence the transfer keys of all RANSOM findings together
     * @return one score per format that has ransom or look-alike payments, in the truth's order, then
     *     {@link #ALL}
     */
    public static List<RansomPaymentScore> score(GroundTruth truth, Set<String> ransomEvidence) {
        var formats = new LinkedHashSet<String>();
        truth.ransoms().forEach(p -> formats.add(p.format()));
        truth.remittances().forEach(p -> formats.add(p.format()));
        var scores = new ArrayList<RansomPaymentScore>();
        for (var format : formats) {
            scores.add(score(format, only(truth.ransoms(), format), only(truth.remittances(), format), ransomEvidence));
        }
        scores.add(score(ALL, truth.ransoms(), truth.remittances(), ransomEvidence));
        return scores;
    }

    private static RansomPaymentScore score(
            String format,
            Collection<GroundTruth.Payment> ransoms,
            Collection<GroundTruth.Payment> lookAlikes,
            Set<String> evidence) {
        return RansomPaymentScore.of(
                format, ransoms.size(), flagged(ransoms, evidence), lookAlikes.size(), flagged(lookAlikes, evidence));
    }

    private static int flagged(Collection<GroundTruth.Payment> payments, Set<String> evidence) {
        return (int)
                payments.stream().filter(p -> evidence.contains(p.transfer())).count();
    }

    private static List<GroundTruth.Payment> only(List<GroundTruth.Payment> payments, String format) {
        return payments.stream().filter(p -> p.format().equals(format)).toList();
    }
}
