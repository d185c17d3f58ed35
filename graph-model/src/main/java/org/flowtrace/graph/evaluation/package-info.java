/**
 * Ground-truth labels that evaluation data sets carry (e.g. AMLworld's "Is Laundering"). They are
 * stored apart from the evidence, as {@code :EvaluationLabel} nodes, for scoring detectors only; no
 * detector may read them.
 */
@NullMarked
package org.flowtrace.graph.evaluation;

import org.jspecify.annotations.NullMarked;
