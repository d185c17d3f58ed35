/**
 * Reports filed with an FIU (goAML STRs, SARs, CTRs …) and what they name: the {@code :Report} node, the
 * {@code :Party} nodes ({@code :Person}/{@code :Organisation}) with their {@code :Identifier} and
 * {@code :Address} nodes, the accounts they {@code HOLDS}, and the {@code NAMES} links from a report to
 * every party and account it names. Transfers stay relationships: a report lists its transfer ids and a
 * transfer lists the keys of the reports that state it. Every write is a batched {@code UNWIND … MERGE}
 * on a constrained key; properties already set by an earlier source are kept (first source wins, later
 * sources only fill gaps), so writing a batch twice changes nothing.
 */
@NullMarked
package org.flowtrace.graph.report;

import org.jspecify.annotations.NullMarked;
