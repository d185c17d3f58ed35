/**
 * Statistics of an account's own behaviour, from the transfer projection: robust z-scores (median and
 * MAD) of its amounts and of its daily value moved, a CUSUM change-point test on its daily activity,
 * and a Benford first-digit test of its amounts ({@link
 * org.flowtrace.analytics.statistics.AccountStatistics}, per account as {@link
 * org.flowtrace.analytics.statistics.AccountFeatures} for scores that other code builds), with the
 * multiple-testing corrections that keep them honest over many accounts ({@link
 * org.flowtrace.analytics.statistics.Correction}). Owns the detectors that report them as findings of
 * their own where strong: {@code AMOUNT_ANOMALY}, {@code VELOCITY_ANOMALY}, {@code ACTIVITY_CHANGE}
 * and {@code BENFORD}, each behind {@link org.flowtrace.analytics.patterns.PatternDetector}.
 */
@NullMarked
package org.flowtrace.analytics.statistics;

import org.jspecify.annotations.NullMarked;
