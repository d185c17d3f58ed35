package org.flowtrace.ingest.tron;

import org.flowtrace.ingest.ethereum.EvmExportRecord;
import org.flowtrace.ingest.support.Locatable;
import tools.jackson.databind.JsonNode;

/** One record read from a TRON export file, still as written. */
public sealed interface TronRecord extends Locatable {

    /**
     * An item of a TronGrid page: a contract event (it has {@code event_name} or {@code event}), an
     * account-history item (it has {@code transaction_id}), or something else, numbered by
     * {@code occurrences}.
     */
    static TronRecord ofTronGridItem(JsonNode item, String position, TransferOccurrences occurrences) {
        if (item.has("event_name") || item.has("event")) {
            return new EventItem(item, position, occurrences.ofEventItem(item));
        }
        if (item.has("transaction_id")) {
            return new HistoryItem(item, position, occurrences.ofHistoryItem(item));
        }
        return new Other(position, "item without transaction_id");
    }

    /**
     * An item of a TronGrid {@code /v1/accounts/{address}/transactions/trc20} page.
     *
     * @param occurrence 1 for the first item with this content in its transaction, 2 for an identical
     *     second one, …
     */
    record HistoryItem(JsonNode item, String position, int occurrence) implements TronRecord {
        @Override
        public String locator() {
            return position + " tx " + item.path("transaction_id").asString("?");
        }
    }

    /** An item of a TronGrid {@code /v1/contracts/{contract}/events} page. */
    record EventItem(JsonNode item, String position, int occurrence) implements TronRecord {
        @Override
        public String locator() {
            return "block " + item.path("block_number").asString("?") + " tx "
                    + item.path("transaction_id").asString("?") + " event "
                    + item.path("event_index").asString("?");
        }
    }

    /** A record of TRON's Ethereum-compatible JSON-RPC. */
    record JsonRpc(EvmExportRecord record, int occurrence) implements TronRecord {
        @Override
        public String locator() {
            return record.locator();
        }
    }

    /** Something the source states in place of data: an error page, a broken file. */
    record Failure(String position, String reason) implements TronRecord {
        @Override
        public String locator() {
            return position;
        }
    }

    /** A record that moves no token value: read, counted, and filtered out. */
    record Other(String position, String kind) implements TronRecord {
        @Override
        public String locator() {
            return position;
        }
    }
}
