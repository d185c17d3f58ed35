/**
 * Scores what flowtrace found against a data set's ground truth ({@link org.flowtrace.samples.evaluation.TruthFile}:
 * a generated {@code truth.json} or the compound case's): per typology precision, recall and F1 and how
 * many legitimate look-alikes were flagged; per ransom payment, recall and the share of family-remittance
 * look-alike payments flagged; the coerced workers marked as possible victims and those among the
 * suspects; the front companies and accounts linked to their designated operator; the restitution
 * schedules against the amounts worked out by hand.
 */
@NullMarked
package org.flowtrace.samples.evaluation;

import org.jspecify.annotations.NullMarked;
