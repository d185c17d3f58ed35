package org.flowtrace.analytics.statistics;

/**
 * The day on which most money passed through an account, against the value it moves on an ordinary
 * active day. The value passed through on day d is {@code min(sent on d, received on d − 1 and d)}:
 * what left that could have come in shortly before. A salary run (money out, none in) or a shop's
 * takings (money in) pass little through; a mule passes nearly everything.
 *
 * @param baseline median and MAD of log10 of the USD it moved (sent plus received) per active day
 * @param activeDays days on which it moved value
 * @param peakDay the day most passed through, as days since the projection's first day
 * @param passedThroughUsd what passed through that day, USD (0 when nothing ever did)
 * @param receivedUsd what it received that day and the day before, USD
 * @param sentUsd what it sent that day, USD
 * @param z the robust z-score of the value passed through against the baseline ({@code −∞} for none)
 */
public record DailyVelocity(
        RobustZScore baseline,
        int activeDays,
        int peakDay,
        double passedThroughUsd,
        double receivedUsd,
        double sentUsd,
        double z) {

    /** The median USD moved on an active day. */
    public double medianUsd() {
        return Math.pow(10, baseline.median());
    }
}
