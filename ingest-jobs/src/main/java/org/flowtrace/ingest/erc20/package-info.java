/**
 * EVM token transfers, decoded without I/O: ERC-20 {@code Transfer} logs (topics and data, as a node
 * or an export wrote them) into exact amounts, told apart from ERC-721 transfers that share the event
 * signature; the registry of known tokens and their decimals; and the writer of decoded on-chain
 * transfers with their block, transaction and log coordinates. Shared by the Ethereum and Tron jobs,
 * file-based or live.
 */
@NullMarked
package org.flowtrace.ingest.erc20;

import org.jspecify.annotations.NullMarked;
