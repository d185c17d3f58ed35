/**
 * Scores what the detectors found against a data set's ground truth: per typology precision, recall
 * and F1, and how many legitimate look-alikes were flagged.
 */
@NullMarked
package org.flowtrace.samples.evaluation;

import org.jspecify.annotations.NullMarked;
