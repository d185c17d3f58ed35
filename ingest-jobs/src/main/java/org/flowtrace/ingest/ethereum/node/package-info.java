/**
 * {@code ingest ethereum --rpc}: native ETH, internal and ERC-20 transfers read live from an Ethereum
 * JSON-RPC node through web3j, block range by block range in parallel JSON-RPC batches, with retries,
 * a block checkpoint for restarts, and a follow mode that stays a number of confirmations behind the
 * head. The records are those of the export job and go through its processor and writer.
 */
@NullMarked
package org.flowtrace.ingest.ethereum.node;

import org.jspecify.annotations.NullMarked;
