/**
 * Who owns and controls whom, and who is designated on a watchlist: {@code OWNS} and {@code CONTROLS}
 * relationships between {@code :Party} nodes (one per stated interest, keeping share ranges, dates and
 * the statement it came from), the {@code :Statement} nodes that keep a register's statement history
 * (a later statement replaces an earlier one, which stays queryable with {@code current: false} and
 * {@code replacedBy}), {@code :Designation} nodes that parties and wallets are {@code DESIGNATED_BY},
 * the wallets a party {@code CONTROLS_WALLET}, and payments kept as {@code :Payment} nodes when they
 * cannot be transfers. Every write is a batched {@code UNWIND … MERGE} on a constrained key, with
 * provenance, so writing a batch twice changes nothing.
 */
@NullMarked
package org.flowtrace.graph.ownership;

import org.jspecify.annotations.NullMarked;
