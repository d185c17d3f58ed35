package org.flowtrace.ingest.erc20;

import java.math.BigInteger;

/**
 * An ERC-721 {@code Transfer(address indexed from, address indexed to, uint256 indexed tokenId)}: the
 * same event signature as ERC-20, told apart by its fourth topic. It moves one non-fungible token, not
 * an amount, so flowtrace does not load it as a transfer of value.
 */
public record Erc721Transfer(EvmLog log, String from, String to, BigInteger tokenId) implements TokenTransferLog {}
