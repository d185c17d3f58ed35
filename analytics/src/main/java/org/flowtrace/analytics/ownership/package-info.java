/**
 * Beneficial ownership and links to operators: {@link org.flowtrace.analytics.ownership.UltimateOwners}
 * works out who ultimately owns or controls a company from the stated {@code OWNS}/{@code CONTROLS}
 * interests — shares multiplied along chains, cycles solved exactly with {@code (I − A)⁻¹} over exact
 * fractions, ranges carried as ranges — and {@link org.flowtrace.analytics.ownership.OperatorLinks}
 * finds ranked paths from a party, account or wallet to designated operators through ownership,
 * control, {@code SAME_AS}, holdings and money flows. Method and worked example: {@code docs/ownership.md}.
 */
@NullMarked
package org.flowtrace.analytics.ownership;

import org.jspecify.annotations.NullMarked;
