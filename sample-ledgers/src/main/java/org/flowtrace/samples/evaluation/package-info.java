/**
 * Scores what the detectors found against a data set's ground truth: per typology precision, recall
 * and F1, and how many legitimate look-alikes were flagged; and per ransom payment, recall and the
 * share of family-remittance look-alike payments flagged.
 */
@NullMarked
package org.flowtrace.samples.evaluation;

import org.jspecify.annotations.NullMarked;
