/**
 * {@code ingest ethereum-export}: Ethereum evidence an FIU received as files rather than from a node
 * of its own — saved JSON-RPC responses (blocks with transactions, receipts, logs) and ethereum-etl
 * exports (CSV and JSON lines). Native ETH moved by transaction value and ERC-20 {@code Transfer}
 * logs become transfers between wallets, keyed {@code ETHEREUM:<tx>} and {@code ETHEREUM:<tx>:<log>}.
 * The files of one folder complete one another: block timestamps, receipt statuses and token decimals
 * are looked up across the folder.
 */
@NullMarked
package org.flowtrace.ingest.ethereum;

import org.jspecify.annotations.NullMarked;
