/**
 * Analyses over the evidence graph: typology detectors, statistics, tracing and allocation,
 * ownership resolution, screening, scoring and cases. No Spring; reads the graph through the driver.
 */
@NullMarked
package org.flowtrace.analytics;

import org.jspecify.annotations.NullMarked;
