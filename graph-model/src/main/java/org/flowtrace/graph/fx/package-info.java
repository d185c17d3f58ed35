/**
 * Daily FX reference rates ({@code :FxRate}, keyed {@code <date>:<asset>}, the rate an exact decimal
 * string) and the USD values of transfers derived from them, each with the provenance of the rate used.
 */
@NullMarked
package org.flowtrace.graph.fx;

import org.jspecify.annotations.NullMarked;
