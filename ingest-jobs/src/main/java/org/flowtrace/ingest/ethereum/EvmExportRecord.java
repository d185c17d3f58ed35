package org.flowtrace.ingest.ethereum;

import org.flowtrace.ingest.erc20.RawLog;
import org.flowtrace.ingest.support.Locatable;

/**
 * One record read from an EVM export file, still as written: what the processor turns into a
 * transfer, rejects, or passes over.
 */
public sealed interface EvmExportRecord extends Locatable {

    /** An event log: a token transfer if it is a {@code Transfer} event. */
    record Log(RawLog log) implements EvmExportRecord {
        @Override
        public String locator() {
            return log.locator();
        }
    }

    /** A transaction: a native transfer if it moved value. */
    record Transaction(RawTransaction transaction) implements EvmExportRecord {
        @Override
        public String locator() {
            return transaction.locator();
        }
    }

    /** A token transfer ethereum-etl already decoded. */
    record DecodedTransfer(RawTokenTransfer transfer) implements EvmExportRecord {
        @Override
        public String locator() {
            return transfer.locator();
        }
    }

    /**
     * A transfer of ether inside a successful transaction, as a node's traces state it
     * ({@code trace_block}, {@code debug_traceBlockByNumber}): a call with value below the top level.
     *
     * @param traceAddress the call's position in the transaction's call tree, indexes joined by
     *     {@code _} (e.g. {@code 0_1}: the second call made by the first call)
     * @param value the value in wei, {@code 0x} hex
     */
    record InternalTransfer(
            long block,
            java.time.Instant blockTimestamp,
            String transactionHash,
            String traceAddress,
            String from,
            String to,
            String value)
            implements EvmExportRecord {
        @Override
        public String locator() {
            return "block " + block + " tx " + transactionHash + " trace " + traceAddress;
        }
    }

    /** Something the source states in place of data: a JSON-RPC error object, an unknown line. */
    record Failure(String position, String reason) implements EvmExportRecord {
        @Override
        public String locator() {
            return position;
        }
    }

    /**
     * A record that moves no value (a block header, a receipt, a token's metadata, a filter id): read,
     * counted, and filtered out.
     */
    record Other(String position, String kind) implements EvmExportRecord {
        @Override
        public String locator() {
            return position;
        }
    }
}
