package org.flowtrace.analytics.statistics;

/**
 * An account's statistics as features of a score, with each detector's default minimums; {@code NaN}
 * where the account has too few transfers (or days) for the statistic. P-values are the account's
 * own, not corrected for the number of accounts: a score that combines them weighs them, and only a
 * decision about one account among many needs the correction ({@link Correction}).
 *
 * @param key the account's or wallet's key
 * @param outgoingAmountZ the largest robust z-score of an amount it sent, against its outgoing amounts (log10 USD)
 * @param incomingAmountZ the same for the amounts it received
 * @param velocityZ the robust z-score of the most USD it passed through in a day against the USD it moves
 *     on an active day (log10; {@code −∞} when it never passed any through)
 * @param activityChangeP the CUSUM p-value of a change in its transfers per day
 * @param activityChangeRatio how many times the busier level of that change is the quieter one
 * @param outgoingBenfordP the Benford chi-square p-value of the first digits of its outgoing amounts
 * @param incomingBenfordP the same for its incoming amounts
 */
public record AccountFeatures(
        String key,
        double outgoingAmountZ,
        double incomingAmountZ,
        double velocityZ,
        double activityChangeP,
        double activityChangeRatio,
        double outgoingBenfordP,
        double incomingBenfordP) {}
