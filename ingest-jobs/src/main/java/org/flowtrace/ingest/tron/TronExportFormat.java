package org.flowtrace.ingest.tron;

import java.nio.file.Path;
import java.util.Set;
import org.flowtrace.ingest.SourceFormatException;
import org.flowtrace.ingest.ethereum.ExportSniffer;

/**
 * The TRON export formats, told apart by content: saved TronGrid v1 pages
 * ({@code {"data":[…],"success":true,"meta":{…}}}, or an array of them) and saved responses of TRON's
 * Ethereum-compatible JSON-RPC ({@code {"jsonrpc":"2.0","result":…}}).
 */
public enum TronExportFormat {
    TRONGRID,
    JSON_RPC;

    public static TronExportFormat detect(Path file) {
        var first = ExportSniffer.firstLine(file);
        if (!first.startsWith("{") && !first.startsWith("[")) {
            throw new SourceFormatException(
                    file.toString(), "not a TRON export: neither a TronGrid page nor a JSON-RPC response (not JSON)");
        }
        var fields = ExportSniffer.firstObjectFields(file, Set.of("jsonrpc", "data", "success"));
        if (fields.contains("jsonrpc") || (fields.contains("id") && fields.contains("result"))) {
            return JSON_RPC;
        }
        if (fields.contains("data") || fields.contains("success")) {
            return TRONGRID;
        }
        throw new SourceFormatException(
                file.toString(),
                "JSON, but neither a TronGrid page ({\"data\":[…],\"success\":true}) nor a JSON-RPC response");
    }
}
