/**
 * Bank ledgers as CSV: a column mapping (YAML, or the built-in IBM AMLworld layout) turns each row
 * into a transfer between two bank accounts. Natural key: the mapped id column, or else a SHA-256 of
 * the defining fields.
 */
@NullMarked
package org.flowtrace.ingest.ledger;

import org.jspecify.annotations.NullMarked;
