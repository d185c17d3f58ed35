package org.flowtrace.ingest.tron;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.flowtrace.ingest.MalformedRecordException;
import org.flowtrace.ingest.ethereum.EvmExportRecord;
import org.flowtrace.ingest.ethereum.JsonEnvelopeParser;
import org.flowtrace.ingest.ethereum.JsonRpcRecords;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;
import org.springframework.core.io.Resource;
import tools.jackson.databind.JsonNode;

/**
 * Reads a saved TronGrid page (or an array of pages) or a saved TRON JSON-RPC response as
 * {@link TronRecord}s, streaming. It numbers identical transfers within one transaction (same token,
 * payer, payee and value) 1, 2, … in file order, because TronGrid's account history gives no event
 * index to tell them apart. Restartable: the count of records read is saved under its name at every
 * chunk and a restart reads forward to it, numbering the same way.
 */
public final class TronExportReader extends AbstractItemCountingItemStreamItemReader<TronRecord> {

    private final Resource file;
    private final String source;
    private final TronExportFormat format;
    private final Deque<TronRecord> pending = new ArrayDeque<>();
    private final Map<String, Integer> seenInTransaction = new HashMap<>();
    private @Nullable String transaction;
    private @Nullable JsonEnvelopeParser parser;

    public TronExportReader(Resource file, String source, TronExportFormat format) {
        this.file = file;
        this.source = source;
        this.format = format;
        setName(format == TronExportFormat.TRONGRID ? "tron-trongrid" : "tron-jsonrpc");
    }

    @Override
    protected void doOpen() throws Exception {
        pending.clear();
        seenInTransaction.clear();
        transaction = null;
        parser = new JsonEnvelopeParser(
                file.getInputStream(), source, format == TronExportFormat.TRONGRID ? "data" : "result");
    }

    @Override
    protected @Nullable TronRecord doRead() {
        var open = parser;
        if (open == null) {
            throw new IllegalStateException("reader not opened");
        }
        while (pending.isEmpty()) {
            JsonEnvelopeParser.Element element;
            try {
                element = open.next();
            } catch (MalformedRecordException e) {
                pending.add(new TronRecord.Failure(e.locator(), e.reason()));
                break;
            }
            if (element == null) {
                return null;
            }
            if (format == TronExportFormat.JSON_RPC) {
                for (var record : JsonRpcRecords.of(element)) {
                    pending.add(new TronRecord.JsonRpc(record, occurrence(record)));
                }
            } else {
                pending.add(trongrid(element));
            }
        }
        return pending.poll();
    }

    private TronRecord trongrid(JsonEnvelopeParser.Element element) {
        var item = element.value();
        if (element.error()) {
            return new TronRecord.Failure(
                    element.position(), "TronGrid error: " + (item.isString() ? item.asString() : item.toString()));
        }
        if (!item.isObject()) {
            return new TronRecord.Other(element.position(), "not an item");
        }
        if (item.has("event_name") || item.has("event")) {
            var result = item.path("result");
            return new TronRecord.EventItem(
                    item,
                    element.position(),
                    occurrence(
                            text(item, "transaction_id"),
                            text(item, "contract_address"),
                            text(result, "from"),
                            text(result, "to"),
                            text(result, "value")));
        }
        if (item.has("transaction_id")) {
            return new TronRecord.HistoryItem(
                    item,
                    element.position(),
                    occurrence(
                            text(item, "transaction_id"),
                            text(item.path("token_info"), "address"),
                            text(item, "from"),
                            text(item, "to"),
                            text(item, "value")));
        }
        return new TronRecord.Other(element.position(), "item without transaction_id");
    }

    private int occurrence(EvmExportRecord record) {
        if (!(record instanceof EvmExportRecord.Log log)) {
            return 1;
        }
        var raw = log.log();
        var topics = raw.topics() == null ? "" : String.join(",", raw.topics());
        return occurrence(raw.transactionHash(), raw.address(), topics, "", raw.data());
    }

    /** 1 + how many records of the current transaction had exactly this content. */
    private int occurrence(
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

    @Override
    protected void doClose() {
        if (parser != null) {
            parser.close();
            parser = null;
        }
        pending.clear();
    }
}
