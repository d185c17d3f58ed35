/**
 * {@code ingest tron-export}: TRC-20 transfers on TRON (where most USDT that scam compounds take moves)
 * from saved TronGrid responses and from TRON's Ethereum-compatible JSON-RPC logs, decoded with the
 * ERC-20 decoder. Wallets are keyed by their base58check address ({@code T…}) with the hex spelling
 * ({@code 41…}) beside; {@link org.flowtrace.ingest.tron.TronAddress} converts between them.
 */
@NullMarked
package org.flowtrace.ingest.tron;

import org.jspecify.annotations.NullMarked;
