package org.flowtrace.samples.evaluation;

/**
 * How the findings did against the per-transfer laundering labels a ledger carries (AMLworld's
 * {@code Is Laundering}, which {@code flowtrace generate} writes too): the minority-class precision, recall
 * and F1 that published AMLworld results report, counting a labelled transfer as flagged when it is
 * evidence of a finding.
 *
 * @param findings the typology whose findings are counted, or {@code all} for every finding but the
 *     possible victims' marks
 * @param labelled transfers with a label
 * @param laundering labelled transfers labelled laundering
 * @param flagged labelled transfers among the evidence of the findings
 * @param truePositives flagged transfers labelled laundering
 * @param precision true positives over flagged; 0 when none is flagged
 * @param recall true positives over laundering; 0 when none is laundering
 * @param f1 harmonic mean of precision and recall; 0 when both are 0
 */
public record LaunderingTransferScore(
        String findings,
        long labelled,
        long laundering,
        long flagged,
        long truePositives,
        double precision,
        double recall,
        double f1) {

    /** The score with the shares computed from the counts. */
    public static LaunderingTransferScore of(
            String findings, long labelled, long laundering, long flagged, long truePositives) {
        double precision = flagged == 0 ? 0 : truePositives / (double) flagged;
        double recall = laundering == 0 ? 0 : truePositives / (double) laundering;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new LaunderingTransferScore(
                findings, labelled, laundering, flagged, truePositives, precision, recall, f1);
    }
}
