package org.flowtrace.samples.evaluation;

/**
 * How the ransom findings did against the ransom payments of a ground truth, counted per payment.
 *
 * @param format the format the payments are in ({@code ledger}, {@code tron}), or {@code all}
 * @param payments ransom payments in the truth
 * @param detected ransom payments among the transfers of a RANSOM finding
 * @param recall detected over payments; 0 when there are none
 * @param lookAlikePayments payments of family-remittance look-alikes in the truth
 * @param lookAlikesFlagged look-alike payments among the transfers of a RANSOM finding
 * @param falseAlarmShare look-alikes flagged over look-alike payments; 0 when there are none
 */
public record RansomPaymentScore(
        String format,
        int payments,
        int detected,
        double recall,
        int lookAlikePayments,
        int lookAlikesFlagged,
        double falseAlarmShare) {

    /** The score with the shares computed from the counts. */
    public static RansomPaymentScore of(
            String format, int payments, int detected, int lookAlikePayments, int lookAlikesFlagged) {
        return new RansomPaymentScore(
                format,
                payments,
                detected,
                payments == 0 ? 0 : detected / (double) payments,
                lookAlikePayments,
                lookAlikesFlagged,
                lookAlikePayments == 0 ? 0 : lookAlikesFlagged / (double) lookAlikePayments);
    }
}
