package org.flowtrace.samples.evaluation;

/**
 * How a typology's detector did against the planted patterns.
 *
 * @param typology the typology
 * @param planted planted patterns of this typology
 * @param detected planted patterns that a finding of this typology names at their centre
 * @param findings findings of this typology
 * @param truePositives findings whose centre is the centre of a planted pattern of this typology
 * @param lookAlikesFlagged findings whose centre is the centre of a legitimate look-alike
 * @param precision true positives over findings; 0 when there are no findings
 * @param recall detected over planted; 0 when nothing was planted
 * @param f1 the harmonic mean of precision and recall; 0 when both are 0
 */
public record TypologyScore(
        String typology,
        int planted,
        int detected,
        int findings,
        int truePositives,
        int lookAlikesFlagged,
        double precision,
        double recall,
        double f1) {

    /** The score with precision, recall and F1 computed from the counts. */
    public static TypologyScore of(
            String typology, int planted, int detected, int findings, int truePositives, int lookAlikesFlagged) {
        double precision = findings == 0 ? 0 : truePositives / (double) findings;
        double recall = planted == 0 ? 0 : detected / (double) planted;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new TypologyScore(
                typology, planted, detected, findings, truePositives, lookAlikesFlagged, precision, recall, f1);
    }
}
