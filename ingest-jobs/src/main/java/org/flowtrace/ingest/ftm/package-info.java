/**
 * {@code ingest ftm}: FollowTheMoney entities (JSON Lines, OpenSanctions exports and delta files) as
 * parties with identifiers and addresses, ownership and directorships ({@code OWNS}/{@code CONTROLS}),
 * crypto wallets, sanctions ({@code :Designation}), family and associate links, bank accounts (keyed as
 * the other jobs key them) with their holders, and payments kept as {@code :Payment} nodes — and as
 * {@code TRANSFER}s when they join two bank accounts with an exact amount on a day. Entities of other
 * schemata are counted by schema, never a failure.
 */
@NullMarked
package org.flowtrace.ingest.ftm;

import org.jspecify.annotations.NullMarked;
