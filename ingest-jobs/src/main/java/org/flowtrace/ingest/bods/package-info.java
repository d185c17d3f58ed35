/**
 * {@code ingest bods}: Beneficial Ownership Data Standard statements (0.4 records, and the 0.2/0.3
 * statement layouts) as parties with their identifiers and addresses, {@code OWNS}/{@code CONTROLS}
 * interests with share ranges and dates, and the statement history ({@code :Statement} nodes; a later
 * statement replaces an earlier one, which stays queryable).
 */
@NullMarked
package org.flowtrace.ingest.bods;

import org.jspecify.annotations.NullMarked;
