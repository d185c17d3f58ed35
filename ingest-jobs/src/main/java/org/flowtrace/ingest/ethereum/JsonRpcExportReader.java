package org.flowtrace.ingest.ethereum;

import java.util.ArrayDeque;
import java.util.Deque;
import org.flowtrace.ingest.MalformedRecordException;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;
import org.springframework.core.io.Resource;

/**
 * Reads saved JSON-RPC responses as export records, streaming (see {@link JsonEnvelopeParser}).
 * Restartable: the number of records read is saved under its name at every chunk, and a restart reads
 * forward to that point (the parse is deterministic, so the same records come out in the same order).
 * A file cut off mid-way yields its complete records, then one failure record for the cut.
 */
public final class JsonRpcExportReader extends AbstractItemCountingItemStreamItemReader<EvmExportRecord> {

    private final Resource file;
    private final String source;
    private final Deque<EvmExportRecord> pending = new ArrayDeque<>();
    private @Nullable JsonEnvelopeParser parser;

    /**
     * @param name the stable name its position is saved under ({@code ethereum-jsonrpc} …)
     */
    public JsonRpcExportReader(String name, Resource file, String source) {
        this.file = file;
        this.source = source;
        setName(name);
    }

    @Override
    protected void doOpen() throws Exception {
        pending.clear();
        parser = new JsonEnvelopeParser(file.getInputStream(), source, "result");
    }

    @Override
    protected @Nullable EvmExportRecord doRead() {
        var open = parser;
        if (open == null) {
            throw new IllegalStateException("reader not opened");
        }
        while (pending.isEmpty()) {
            JsonEnvelopeParser.Element element;
            try {
                element = open.next();
            } catch (MalformedRecordException e) {
                pending.add(new EvmExportRecord.Failure(e.locator(), e.reason()));
                break;
            }
            if (element == null) {
                return null;
            }
            pending.addAll(JsonRpcRecords.of(element));
        }
        return pending.poll();
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
