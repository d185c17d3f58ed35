package org.flowtrace.ingest.ethereum;

import java.util.ArrayList;
import java.util.List;
import org.flowtrace.ingest.erc20.Radix;
import org.flowtrace.ingest.erc20.RawLog;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Turns one JSON-RPC payload element into export records: a block ({@code eth_getBlockByNumber} with
 * full transactions) into its transactions, a receipt ({@code eth_getTransactionReceipt}, or each
 * receipt of {@code eth_getBlockReceipts}) into its logs, a log ({@code eth_getLogs},
 * {@code eth_getFilterLogs}) into itself, and an error object into a failure. Everything else (a
 * filter id, a call result, a hash-only block) is passed over. Field values stay as written.
 */
public final class JsonRpcRecords {

    private JsonRpcRecords() {}

    public static List<EvmExportRecord> of(JsonEnvelopeParser.Element element) {
        var value = element.value();
        var position = element.position();
        if (element.error()) {
            return List.of(new EvmExportRecord.Failure(position, errorReason(value)));
        }
        if (!value.isObject()) {
            return List.of(new EvmExportRecord.Other(position, value.isNull() ? "null result" : "scalar result"));
        }
        var records = new ArrayList<EvmExportRecord>();
        if (value.has("transactions")) {
            var transactions = value.path("transactions");
            var timestamp = text(value, "timestamp");
            for (int i = 0; i < transactions.size(); i++) {
                var tx = transactions.get(i);
                if (tx.isObject()) {
                    records.add(new EvmExportRecord.Transaction(
                            transaction(tx, timestamp, position + " transactions[" + i + "]")));
                }
            }
            if (records.isEmpty()) {
                records.add(new EvmExportRecord.Other(position, "block"));
            }
        } else if (value.has("logs")) {
            var logs = value.path("logs");
            for (int i = 0; i < logs.size(); i++) {
                records.add(new EvmExportRecord.Log(log(logs.get(i), Radix.HEX, position + " logs[" + i + "]")));
            }
            if (records.isEmpty()) {
                records.add(new EvmExportRecord.Other(position, "receipt"));
            }
        } else if (value.has("topics") || (value.has("logIndex") && value.has("address"))) {
            records.add(new EvmExportRecord.Log(log(value, Radix.HEX, position)));
        } else if (value.has("hash") && value.has("from") && value.has("value")) {
            records.add(new EvmExportRecord.Transaction(transaction(value, null, position)));
        } else {
            records.add(new EvmExportRecord.Other(position, "object"));
        }
        return records;
    }

    /** A JSON-RPC log object (or ethereum-etl log line when {@code radix} is decimal) as written. */
    static RawLog log(JsonNode log, Radix radix, String position) {
        List<String> topics = null;
        var topicsNode = log.get("topics");
        if (topicsNode != null && topicsNode.isArray()) {
            topics = new ArrayList<>();
            for (var topic : topicsNode) {
                topics.add(topic.isString() ? topic.asString() : null);
            }
        }
        boolean hex = radix == Radix.HEX;
        return new RawLog(
                text(log, "address"),
                topics,
                text(log, "data"),
                text(log, hex ? "blockNumber" : "block_number"),
                text(log, hex ? "blockHash" : "block_hash"),
                text(log, hex ? "blockTimestamp" : "block_timestamp"),
                text(log, hex ? "transactionHash" : "transaction_hash"),
                text(log, hex ? "logIndex" : "log_index"),
                log.path("removed").asBoolean(false),
                radix,
                position);
    }

    private static RawTransaction transaction(JsonNode tx, @Nullable String blockTimestamp, String position) {
        return new RawTransaction(
                text(tx, "hash"),
                text(tx, "from"),
                text(tx, "to"),
                text(tx, "value"),
                text(tx, "blockNumber"),
                blockTimestamp,
                null,
                text(tx, "creates"),
                Radix.HEX,
                position);
    }

    private static String errorReason(JsonNode error) {
        if (error.isString()) {
            return "error response: " + error.asString();
        }
        var code = error.get("code");
        var message = error.path("message").asString("");
        return code == null ? "error response: " + message : "JSON-RPC error " + code.asString() + ": " + message;
    }

    /** A scalar field as written; {@code null} when absent or JSON null; containers as JSON text. */
    static @Nullable String text(JsonNode node, String field) {
        var value = node.get(field);
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        return value.isValueNode() ? value.asString() : value.toString();
    }
}
