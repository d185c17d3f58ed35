package org.flowtrace.ingest.tron.grid;

import java.util.ArrayList;
import java.util.List;
import org.flowtrace.ingest.SourceUnavailableException;
import org.flowtrace.ingest.support.RemoteSource;
import org.flowtrace.ingest.support.RetryingHttp;
import org.flowtrace.ingest.tron.TransferOccurrences;
import org.flowtrace.ingest.tron.TronRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.support.AbstractItemStreamItemReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a {@link TronGridQuery} page after page, following each page's {@code meta.fingerprint} until a
 * page has none, as the {@link TronRecord}s a saved page gives ({@code page P data[i]} as position),
 * numbering identical transfers of one transaction as {@code tron-export} does.
 *
 * <p>Checkpoint: the fingerprint that asked for the current page, its number, and how many of its items
 * were handed out ({@code trongrid.fingerprint}, {@code .page}, {@code .offset}); a restart asks for that
 * page again and skips the items already loaded (a page handed out to its end checkpoints as the next
 * page). An answer with {@code success: false} fails the run
 * with TronGrid's error; HTTP failures are retried by {@link RetryingHttp}.
 */
final class TronGridReader extends AbstractItemStreamItemReader<TronRecord> {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String FINGERPRINT = "fingerprint";
    private static final String PAGE = "page";
    private static final String OFFSET = "offset";

    private final TronGridQuery query;
    private final RetryingHttp http;
    private final TransferOccurrences occurrences = new TransferOccurrences();
    private List<TronRecord> items = List.of();
    private String fingerprint = "";
    private @Nullable String next;
    private int page;
    private int offset;
    private boolean loaded;

    TronGridReader(TronGridQuery query, RetryingHttp http) {
        this.query = query;
        this.http = http;
        setName("trongrid");
    }

    @Override
    public void open(ExecutionContext context) {
        fingerprint = context.containsKey(getExecutionContextKey(FINGERPRINT))
                ? context.getString(getExecutionContextKey(FINGERPRINT))
                : "";
        page = context.containsKey(getExecutionContextKey(PAGE)) ? context.getInt(getExecutionContextKey(PAGE)) : 1;
        offset = context.containsKey(getExecutionContextKey(OFFSET))
                ? context.getInt(getExecutionContextKey(OFFSET))
                : 0;
        occurrences.clear();
        loaded = false;
    }

    @Override
    public @Nullable TronRecord read() {
        while (true) {
            if (!loaded) {
                load();
            }
            if (offset < items.size()) {
                return items.get(offset++);
            }
            if (next == null || next.isEmpty()) {
                return null;
            }
            fingerprint = next;
            page++;
            offset = 0;
            loaded = false;
        }
    }

    /** Fetches the current page; its items are numbered from its start (also those a restart skips). */
    private void load() {
        var uri = query.page(fingerprint);
        var source = RemoteSource.redact(query.api());
        JsonNode answer;
        try {
            answer = JSON.readTree(http.get(uri));
        } catch (tools.jackson.core.JacksonException e) {
            throw new SourceUnavailableException(source, "page " + page + " is not JSON: " + e.getOriginalMessage(), e);
        }
        if (answer.has("success") && !answer.path("success").asBoolean(true)) {
            throw new SourceUnavailableException(
                    source,
                    "TronGrid answered page " + page + " with success: false, error "
                            + answer.path("error").toString()
                            + (answer.has("statusCode") ? " (statusCode " + answer.get("statusCode") + ")" : ""),
                    null);
        }
        var data = answer.path("data");
        var records = new ArrayList<TronRecord>(data.size());
        for (int i = 0; i < data.size(); i++) {
            var position = "page " + page + " data[" + i + "]";
            var item = data.get(i);
            records.add(
                    item.isObject()
                            ? TronRecord.ofTronGridItem(item, position, occurrences)
                            : new TronRecord.Other(position, "not an item"));
        }
        items = records;
        var fingerprintNode = answer.path("meta").path(FINGERPRINT);
        next = fingerprintNode.isString() ? fingerprintNode.asString() : null;
        loaded = true;
    }

    @Override
    public void update(ExecutionContext context) {
        boolean pageDone = loaded && offset >= items.size() && next != null && !next.isEmpty();
        context.putString(getExecutionContextKey(FINGERPRINT), pageDone ? next : fingerprint);
        context.putInt(getExecutionContextKey(PAGE), pageDone ? page + 1 : page);
        context.putInt(getExecutionContextKey(OFFSET), pageDone ? 0 : offset);
    }

    @Override
    public void close() {
        http.close();
    }
}
