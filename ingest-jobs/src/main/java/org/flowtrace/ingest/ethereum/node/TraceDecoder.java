package org.flowtrace.ingest.ethereum.node;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flowtrace.ingest.ethereum.EvmExportRecord.InternalTransfer;
import org.jspecify.annotations.Nullable;
import org.web3j.utils.Numeric;
import tools.jackson.databind.JsonNode;

/**
 * Reads the internal ether transfers of one block out of a node's traces. Pure.
 *
 * <ul>
 *   <li>{@code trace_block} (OpenEthereum/Erigon/Nethermind/Reth "parity" traces): a flat list of
 *       actions with their {@code traceAddress}; {@code call} (call type {@code call}), {@code create}
 *       and {@code suicide} actions below the top level that moved value.
 *   <li>{@code debug_traceBlockByNumber} with geth's {@code callTracer}: one call tree per transaction;
 *       {@code CALL}, {@code CREATE}, {@code CREATE2} and {@code SELFDESTRUCT} frames below the top
 *       level that moved value. {@code DELEGATECALL}, {@code STATICCALL} and {@code CALLCODE} move no
 *       ether of their own.
 * </ul>
 *
 * A frame that failed, and everything below it, moved nothing (its state was reverted); a transaction
 * whose top frame failed moved nothing at all. The top level is the transaction itself, loaded from its
 * {@code value}. Trace addresses are written with {@code _} between indexes ({@code 0_1}).
 */
final class TraceDecoder {

    private TraceDecoder() {}

    /** From a {@code trace_block} result. */
    static List<InternalTransfer> parity(JsonNode traces, long block, Instant at) {
        var failed = new ArrayList<String>();
        for (var trace : traces) {
            if (trace.hasNonNull("error")) {
                failed.add(trace.path("transactionHash").asString("") + ":" + address(trace.path("traceAddress")));
            }
        }
        var transfers = new ArrayList<InternalTransfer>();
        for (var trace : traces) {
            var path = address(trace.path("traceAddress"));
            var tx = trace.path("transactionHash").asString("");
            if (path.isEmpty() || tx.isEmpty() || reverted(failed, tx, path)) {
                continue;
            }
            var action = trace.path("action");
            var type = trace.path("type").asString("");
            String from;
            String to;
            String value;
            switch (type) {
                case "call" -> {
                    if (!"call".equals(action.path("callType").asString("call"))) {
                        continue;
                    }
                    from = text(action, "from");
                    to = text(action, "to");
                    value = text(action, "value");
                }
                case "create" -> {
                    from = text(action, "from");
                    to = text(trace.path("result"), "address");
                    value = text(action, "value");
                }
                case "suicide" -> {
                    from = text(action, "address");
                    to = text(action, "refundAddress");
                    value = text(action, "balance");
                }
                default -> {
                    continue;
                }
            }
            if (from != null && to != null && moves(value)) {
                transfers.add(new InternalTransfer(block, at, tx, path, from, to, value));
            }
        }
        return transfers;
    }

    /**
     * From a {@code debug_traceBlockByNumber} result with {@code callTracer}; {@code txHashes} are the
     * block's transactions in order, for nodes that do not name them in the result.
     */
    static List<InternalTransfer> callTracer(JsonNode results, List<String> txHashes, long block, Instant at) {
        var transfers = new ArrayList<InternalTransfer>();
        int i = 0;
        for (var entry : results) {
            var tx = entry.hasNonNull("txHash")
                    ? entry.get("txHash").asString()
                    : i < txHashes.size() ? txHashes.get(i) : null;
            i++;
            var top = entry.path("result");
            if (tx == null || top.hasNonNull("error")) {
                continue;
            }
            var calls = top.path("calls");
            for (int c = 0; c < calls.size(); c++) {
                frame(calls.get(c), Integer.toString(c), tx, block, at, transfers);
            }
        }
        return transfers;
    }

    private static void frame(
            JsonNode call, String path, String tx, long block, Instant at, List<InternalTransfer> transfers) {
        if (call.hasNonNull("error")) {
            return;
        }
        var type = call.path("type").asString("").toUpperCase(Locale.ROOT);
        var value = text(call, "value");
        var from = text(call, "from");
        var to = text(call, "to");
        if (List.of("CALL", "CREATE", "CREATE2", "SELFDESTRUCT").contains(type)
                && from != null
                && to != null
                && moves(value)) {
            transfers.add(new InternalTransfer(block, at, tx, path, from, to, value));
        }
        var calls = call.path("calls");
        for (int c = 0; c < calls.size(); c++) {
            frame(calls.get(c), path + "_" + c, tx, block, at, transfers);
        }
    }

    private static boolean reverted(List<String> failed, String tx, String path) {
        for (var failure : failed) {
            var failedTx = failure.substring(0, failure.indexOf(':'));
            var failedPath = failure.substring(failure.indexOf(':') + 1);
            if (failedTx.equals(tx)
                    && (failedPath.isEmpty() || path.equals(failedPath) || path.startsWith(failedPath + "_"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean moves(@Nullable String value) {
        if (value == null || !value.strip().matches("0[xX][0-9a-fA-F]+")) {
            return false;
        }
        return Numeric.toBigInt(value.strip()).compareTo(BigInteger.ZERO) > 0;
    }

    private static String address(JsonNode traceAddress) {
        var parts = new ArrayList<String>();
        traceAddress.forEach(index -> parts.add(index.asString()));
        return String.join("_", parts);
    }

    private static @Nullable String text(JsonNode node, String field) {
        var value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
