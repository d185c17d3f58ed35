/**
 * Sample data: a hand-made, fictional scam-compound case in the real source formats, and a
 * deterministic generator of large labelled data sets for tests, demos and evaluation.
 */
@NullMarked
package org.flowtrace.samples;

import org.jspecify.annotations.NullMarked;
