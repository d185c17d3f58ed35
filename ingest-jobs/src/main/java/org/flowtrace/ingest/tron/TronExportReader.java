package org.flowtrace.ingest.tron;

import java.util.ArrayDeque;
import java.util.Deque;
import org.flowtrace.ingest.MalformedRecordException;
import org.flowtrace.ingest.ethereum.JsonEnvelopeParser;
import org.flowtrace.ingest.ethereum.JsonRpcRecords;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;
import org.springframework.core.io.Resource;

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
    private final TransferOccurrences occurrences = new TransferOccurrences();
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
        occurrences.clear();
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
                    pending.add(new TronRecord.JsonRpc(record, occurrences.ofJsonRpc(record)));
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
        return TronRecord.ofTronGridItem(item, element.position(), occurrences);
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
