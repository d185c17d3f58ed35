package org.flowtrace.ingest.tron;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.flowtrace.ingest.ethereum.EvmExportRecord;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Numbers identical TRC-20 transfers within one transaction (same token, payer, payee and value) 1,
 * 2, … in reading order, as TronGrid's account history gives no event index to tell them apart (see
 * {@link TronRecordProcessor} for the key). Records are expected transaction by transaction, as every
 * TRON source lists them; the count restarts with each new transaction.
 */
public final class TransferOccurrences {

    private final Map<String, Integer> seenInTransaction = new HashMap<>();
    private @Nullable String transaction;

    public void clear() {
        seenInTransaction.clear();
        transaction = null;
    }

    /** The occurrence of an account-history item ({@code token_info.address}, {@code from}, {@code to}, {@code value}). */
    public int ofHistoryItem(JsonNode item) {
        return of(
                text(item, "transaction_id"),
                text(item.path("token_info"), "address"),
                text(item, "from"),
                text(item, "to"),
                text(item, "value"));
    }

    /** The occurrence of a contract-event item ({@code contract_address}, {@code result.from/to/value}). */
    public int ofEventItem(JsonNode item) {
        var result = item.path("result");
        return of(
                text(item, "transaction_id"),
                text(item, "contract_address"),
                text(result, "from"),
                text(result, "to"),
                text(result, "value"));
    }

    /** The occurrence of a JSON-RPC log (1 for anything else). */
    public int ofJsonRpc(EvmExportRecord record) {
        if (!(record instanceof EvmExportRecord.Log log)) {
            return 1;
        }
        var raw = log.log();
        var topics = raw.topics() == null ? "" : String.join(",", raw.topics());
        return of(raw.transactionHash(), raw.address(), topics, "", raw.data());
    }

    /** 1 + how many records of the current transaction had exactly this content. */
    private int of(
            @Nullable String tx,
            @Nullable String contract,
            @Nullable String from,
            @Nullable String to,
            @Nullable String value) {
        var txKey = normalise(tx).replaceFirst("^0x", "");
        if (!txKey.equals(transaction)) {
            transaction = txKey;
            seenInTransaction.clear();
        }
        var content = String.join("|", normalise(contract), normalise(from), normalise(to), normalise(value));
        return seenInTransaction.merge(content, 1, Integer::sum);
    }

    private static String normalise(@Nullable String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }

    private static @Nullable String text(JsonNode node, String field) {
        var value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
