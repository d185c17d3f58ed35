/**
 * Typology detectors: one class per laundering pattern behind {@link
 * org.flowtrace.analytics.patterns.PatternDetector}, each with its parameters as a record and a
 * definition in its Javadoc, each finding with its evidence and a plain-language explanation.
 */
@NullMarked
package org.flowtrace.analytics.patterns;

import org.jspecify.annotations.NullMarked;
