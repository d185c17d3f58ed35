package org.flowtrace.ingest.erc20;

/** A {@code Transfer} event log, decoded: ERC-20 (an amount) or ERC-721 (one token id). */
public sealed interface TokenTransferLog permits Erc20Transfer, Erc721Transfer {

    EvmLog log();

    String from();

    String to();
}
