package org.flowtrace.samples.generator;

import java.math.BigDecimal;

/**
 * One row of a planted pattern or a look-alike, before it is written.
 *
 * @param minute minutes after the start of the period
 * @param from the paying account (population index)
 * @param to the receiving account
 * @param usd the amount in USD (converted to each side's currency when written)
 * @param format the AMLworld payment format
 * @param pattern the index of the pattern in the ground truth
 */
record PlannedRow(long minute, int from, int to, BigDecimal usd, String format, int pattern) {}
