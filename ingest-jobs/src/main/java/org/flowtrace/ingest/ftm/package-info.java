/**
 * {@code ingest ftm}: FollowTheMoney entities (JSON Lines, OpenSanctions exports and delta files) as
 * parties with identifiers and addresses, ownership and directorships ({@code OWNS}/{@code CONTROLS}),
 * crypto wallets, sanctions ({@code :Designation}), family and associate links, and payments kept as
 * {@code :Payment} nodes. Entities of other schemata are counted by schema, never a failure.
 */
@NullMarked
package org.flowtrace.ingest.ftm;

import org.jspecify.annotations.NullMarked;
