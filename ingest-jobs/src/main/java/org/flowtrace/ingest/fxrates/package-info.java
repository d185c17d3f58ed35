/**
 * Daily FX reference rates from a CSV file ({@code date,currency,usd_per_unit,source}) as
 * {@code :FxRate} nodes, then USD values for every transfer in the graph that lacks one and has a
 * rate for its asset and UTC day — exact decimal arithmetic, never a guessed rate.
 */
@NullMarked
package org.flowtrace.ingest.fxrates;

import org.jspecify.annotations.NullMarked;
