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
 */
public record TypologyScore(
        String typology, int planted, int detected, int findings, int truePositives, int lookAlikesFlagged) {

    /** Detected over planted; 0 when nothing was planted. */
    public double recall() {
        return planted == 0 ? 0 : detected / (double) planted;
    }

    /** True positives over findings; 0 when there are no findings. */
    public double precision() {
        return findings == 0 ? 0 : truePositives / (double) findings;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
