package org.flowtrace.ingest.ethereum;

import java.util.Arrays;
import java.util.List;
import org.flowtrace.ingest.erc20.Radix;
import org.flowtrace.ingest.erc20.RawLog;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.file.transform.FieldSet;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns ethereum-etl output (a JSON line, or a CSV row of a known export) into export records, values
 * as written. ethereum-etl writes decimal numbers, lower-case hex, and a logs row's topics
 * comma-joined in one field.
 */
public final class EtlRecords {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EtlRecords() {}

    /** One JSON line; a line that is not a JSON object becomes a failure naming its line. */
    public static EvmExportRecord ofJsonLine(String line, int lineNumber) {
        var position = "line " + lineNumber;
        if (line.isBlank()) {
            return new EvmExportRecord.Other(position, "blank line");
        }
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JacksonException e) {
            return new EvmExportRecord.Failure(
                    position, "not a complete JSON object (truncated?): " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            return new EvmExportRecord.Failure(position, "not a JSON object");
        }
        var type = node.path("type").asString("");
        return switch (type) {
            case "log" -> new EvmExportRecord.Log(JsonRpcRecords.log(node, Radix.DECIMAL, position));
            case "transaction" ->
                new EvmExportRecord.Transaction(new RawTransaction(
                        text(node, "hash"),
                        text(node, "from_address"),
                        text(node, "to_address"),
                        text(node, "value"),
                        text(node, "block_number"),
                        text(node, "block_timestamp"),
                        text(node, "receipt_status"),
                        text(node, "receipt_contract_address"),
                        Radix.DECIMAL,
                        position));
            case "token_transfer" ->
                new EvmExportRecord.DecodedTransfer(new RawTokenTransfer(
                        text(node, "token_address"),
                        text(node, "from_address"),
                        text(node, "to_address"),
                        text(node, "value"),
                        text(node, "transaction_hash"),
                        text(node, "log_index"),
                        text(node, "block_number"),
                        text(node, "block_timestamp"),
                        position));
            case "" -> new EvmExportRecord.Failure(position, "JSON line without an ethereum-etl \"type\"");
            default ->
                EvmExportFormat.ETL_TYPES.contains(type)
                        ? new EvmExportRecord.Other(position, type)
                        : new EvmExportRecord.Failure(position, "unknown ethereum-etl type '" + type + "'");
        };
    }

    /** One CSV row of an export of {@code format}. */
    public static EvmExportRecord ofCsvRow(EvmExportFormat format, FieldSet row, int lineNumber) {
        var position = "line " + lineNumber;
        return switch (format) {
            case ETL_TRANSACTIONS_CSV ->
                new EvmExportRecord.Transaction(new RawTransaction(
                        field(row, "hash"),
                        field(row, "from_address"),
                        field(row, "to_address"),
                        field(row, "value"),
                        field(row, "block_number"),
                        field(row, "block_timestamp"),
                        field(row, "receipt_status"),
                        field(row, "receipt_contract_address"),
                        Radix.DECIMAL,
                        position));
            case ETL_TOKEN_TRANSFERS_CSV ->
                new EvmExportRecord.DecodedTransfer(new RawTokenTransfer(
                        field(row, "token_address"),
                        field(row, "from_address"),
                        field(row, "to_address"),
                        field(row, "value"),
                        field(row, "transaction_hash"),
                        field(row, "log_index"),
                        field(row, "block_number"),
                        field(row, "block_timestamp"),
                        position));
            case ETL_LOGS_CSV -> {
                var topics = field(row, "topics");
                List<String> topicList = topics == null
                        ? List.of()
                        : Arrays.stream(topics.split(",")).map(String::strip).toList();
                yield new EvmExportRecord.Log(new RawLog(
                        field(row, "address"),
                        topicList,
                        field(row, "data"),
                        field(row, "block_number"),
                        field(row, "block_hash"),
                        field(row, "block_timestamp"),
                        field(row, "transaction_hash"),
                        field(row, "log_index"),
                        false,
                        Radix.DECIMAL,
                        position));
            }
            case ETL_BLOCKS_CSV -> new EvmExportRecord.Other(position, "block");
            case ETL_RECEIPTS_CSV -> new EvmExportRecord.Other(position, "receipt");
            case ETL_TOKENS_CSV -> new EvmExportRecord.Other(position, "token");
            case JSON_RPC, ETL_JSON_LINES -> throw new IllegalArgumentException("not a CSV format: " + format);
        };
    }

    static @Nullable String text(JsonNode node, String field) {
        return JsonRpcRecords.text(node, field);
    }

    /** A column's value, {@code null} when the export lacks the column or leaves it empty. */
    static @Nullable String field(FieldSet row, String name) {
        if (!Arrays.asList(row.getNames()).contains(name)) {
            return null;
        }
        var value = row.readRawString(name);
        return value == null || value.isBlank() ? null : value;
    }
}
