/**
 * Watchlists: {@code ingest ofac} (the OFAC SDN list as {@code sdn.xml} or {@code sdn_advanced.xml},
 * the legacy CSV files {@code sdn.csv}, {@code alt.csv}, {@code add.csv}, {@code sdn_comments.csv}, and
 * lists of sanctioned digital-currency addresses) and {@code ingest designations} (the lists an FIU
 * curates itself: scam compounds and their operators). Each entry is a {@code :Party}
 * {@code DESIGNATED_BY} a {@code :Designation}; its digital-currency addresses are {@code :Wallet} nodes
 * on their chains that the party {@code CONTROLS_WALLET} and that are {@code DESIGNATED_BY} the same
 * designation.
 */
@NullMarked
package org.flowtrace.ingest.sanctions;

import org.jspecify.annotations.NullMarked;
