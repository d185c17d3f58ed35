package org.flowtrace.ingest.ethereum;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.flowtrace.ingest.SourceFormatException;

/**
 * The export formats {@code ingest ethereum-export} reads, told apart by content, never by file name.
 * JSON-RPC responses are the node's own output saved to files; the ethereum-etl formats are what
 * {@code ethereumetl export_blocks_and_transactions}, {@code export_token_transfers},
 * {@code export_receipts_and_logs}, {@code export_tokens} and {@code stream} write. Blocks, receipts
 * and tokens exports move no value by themselves: they supply block timestamps, receipt statuses and
 * token decimals to the other files of their folder.
 */
public enum EvmExportFormat {
    JSON_RPC(List.of()),
    ETL_JSON_LINES(List.of()),
    ETL_TRANSACTIONS_CSV(List.of("hash", "from_address", "to_address", "value", "block_number")),
    ETL_TOKEN_TRANSFERS_CSV(
            List.of("token_address", "from_address", "to_address", "value", "transaction_hash", "log_index")),
    ETL_LOGS_CSV(List.of("log_index", "transaction_hash", "block_number", "address", "data", "topics")),
    ETL_BLOCKS_CSV(List.of("number", "hash", "timestamp")),
    ETL_RECEIPTS_CSV(List.of("transaction_hash", "status", "contract_address")),
    ETL_TOKENS_CSV(List.of("address", "symbol", "decimals"));

    /** The {@code type} values of ethereum-etl's JSON lines. */
    static final Set<String> ETL_TYPES =
            Set.of("block", "transaction", "log", "token_transfer", "receipt", "trace", "contract", "token");

    private final List<String> requiredColumns;

    EvmExportFormat(List<String> requiredColumns) {
        this.requiredColumns = requiredColumns;
    }

    public boolean isCsv() {
        return !requiredColumns.isEmpty();
    }

    /** What {@code file} is, or a {@link SourceFormatException} saying why it is none of these. */
    public static EvmExportFormat detect(Path file) {
        var first = ExportSniffer.firstLine(file);
        if (first.startsWith("<")) {
            throw new SourceFormatException(file.toString(), "not an Ethereum export: it looks like XML");
        }
        if (first.startsWith("{") || first.startsWith("[")) {
            var line = ExportSniffer.firstLineObject(first);
            if (line != null
                    && line.has("type")
                    && ETL_TYPES.contains(line.path("type").asString())) {
                return ETL_JSON_LINES;
            }
            if (isJsonRpc(ExportSniffer.firstObjectFields(file, Set.of("jsonrpc")))) {
                return JSON_RPC;
            }
            throw new SourceFormatException(
                    file.toString(),
                    "JSON, but neither a JSON-RPC response ({\"jsonrpc\":\"2.0\",\"result\":…}) nor ethereum-etl JSON lines");
        }
        var header = ExportSniffer.csvHeader(first);
        for (var format : values()) {
            if (format.isCsv() && header.containsAll(format.requiredColumns)) {
                return format;
            }
        }
        throw new SourceFormatException(
                file.toString(),
                "not an ethereum-etl CSV export (transactions, token_transfers, logs, blocks,"
                        + " receipts or tokens): header is " + abbreviate(first));
    }

    static boolean isJsonRpc(Set<String> fields) {
        return fields.contains("jsonrpc")
                || (fields.contains("id") && (fields.contains("result") || fields.contains("error")));
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
