package org.flowtrace.ingest.tron.grid;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.flowtrace.ingest.SourceUnavailableException;
import org.flowtrace.ingest.erc20.Erc20TransferDecoder;
import org.flowtrace.ingest.ethereum.JsonEnvelopeParser;
import org.flowtrace.ingest.ethereum.JsonRpcRecords;
import org.flowtrace.ingest.support.RemoteSource;
import org.flowtrace.ingest.support.RetryingHttp;
import org.flowtrace.ingest.tron.TransferOccurrences;
import org.flowtrace.ingest.tron.TronAddress;
import org.flowtrace.ingest.tron.TronRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.support.AbstractItemStreamItemReader;
import org.web3j.utils.Numeric;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a token's Transfer logs from TRON's Ethereum-compatible JSON-RPC ({@code eth_getLogs} with the
 * contract's {@code 0x} address and the Transfer topic, {@code blocksPerRequest} blocks at a time) as
 * the records a saved {@code eth_getLogs} answer gives, so they go through the same EVM log decoder.
 * TRON's logs carry their {@code blockTimestamp}. Checkpoint: the first block of the current request
 * and how many of its logs were handed out ({@code tron-jsonrpc.block}, {@code .offset}).
 */
final class TronJsonRpcReader extends AbstractItemStreamItemReader<TronRecord> {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BLOCK = "block";
    private static final String OFFSET = "offset";

    private final URI endpoint;
    private final String source;
    private final TronAddress contract;
    private final long from;
    private final long to;
    private final int blocksPerRequest;
    private final RetryingHttp http;
    private final TransferOccurrences occurrences = new TransferOccurrences();
    private List<TronRecord> records = List.of();
    private long block;
    private int offset;
    private boolean loaded;

    TronJsonRpcReader(
            String endpoint, TronAddress contract, long from, long to, int blocksPerRequest, RetryingHttp http) {
        this.endpoint = URI.create(endpoint);
        this.source = RemoteSource.redact(endpoint);
        this.contract = contract;
        this.from = from;
        this.to = to;
        this.blocksPerRequest = blocksPerRequest;
        this.http = http;
        setName("tron-jsonrpc");
    }

    @Override
    public void open(ExecutionContext context) {
        block = context.containsKey(getExecutionContextKey(BLOCK))
                ? context.getLong(getExecutionContextKey(BLOCK))
                : from;
        offset = context.containsKey(getExecutionContextKey(OFFSET))
                ? context.getInt(getExecutionContextKey(OFFSET))
                : 0;
        occurrences.clear();
        loaded = false;
    }

    @Override
    public @Nullable TronRecord read() {
        while (block <= to) {
            if (!loaded) {
                load();
            }
            if (offset < records.size()) {
                return records.get(offset++);
            }
            block = last() + 1;
            offset = 0;
            loaded = false;
        }
        return null;
    }

    private long last() {
        return Math.min(to, block + blocksPerRequest - 1);
    }

    private void load() {
        var filter = JSON.createObjectNode()
                .put("fromBlock", Numeric.encodeQuantity(java.math.BigInteger.valueOf(block)))
                .put("toBlock", Numeric.encodeQuantity(java.math.BigInteger.valueOf(last())))
                .put("address", contract.evmHex());
        filter.putArray("topics").add(Erc20TransferDecoder.TRANSFER_TOPIC);
        var request =
                JSON.createObjectNode().put("jsonrpc", "2.0").put("id", block).put("method", "eth_getLogs");
        request.putArray("params").add(filter);
        var answer = JSON.readTree(http.postJson(endpoint, JSON.writeValueAsString(request)));
        if (answer.has("error")) {
            throw new SourceUnavailableException(
                    source,
                    "the node answered eth_getLogs for blocks " + block + "-" + last() + " with error "
                            + answer.get("error"),
                    null);
        }
        var logs = answer.path("result");
        var loadedRecords = new ArrayList<TronRecord>();
        for (int i = 0; i < logs.size(); i++) {
            JsonNode log = logs.get(i);
            var element =
                    new JsonEnvelopeParser.Element("blocks " + block + "-" + last() + " result[" + i + "]", log, false);
            for (var record : JsonRpcRecords.of(element)) {
                loadedRecords.add(new TronRecord.JsonRpc(record, occurrences.ofJsonRpc(record)));
            }
        }
        records = loadedRecords;
        loaded = true;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(getExecutionContextKey(BLOCK), block);
        context.putInt(getExecutionContextKey(OFFSET), offset);
    }

    @Override
    public void close() {
        http.close();
    }
}
