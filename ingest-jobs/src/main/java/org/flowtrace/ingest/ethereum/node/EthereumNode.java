package org.flowtrace.ingest.ethereum.node;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.flowtrace.graph.model.Chain;
import org.flowtrace.ingest.SourceUnavailableException;
import org.flowtrace.ingest.erc20.Erc20TransferDecoder;
import org.flowtrace.ingest.erc20.Radix;
import org.flowtrace.ingest.erc20.RawLog;
import org.flowtrace.ingest.erc20.TokenRegistry;
import org.flowtrace.ingest.ethereum.EvmExportRecord;
import org.flowtrace.ingest.ethereum.EvmFolderIndex;
import org.flowtrace.ingest.ethereum.RawTransaction;
import org.flowtrace.ingest.support.RemoteSource;
import org.flowtrace.ingest.support.RetryingHttp;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.BatchRequest;
import org.web3j.protocol.core.DefaultBlockParameter;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.Request;
import org.web3j.protocol.core.Response;
import org.web3j.protocol.core.methods.request.EthFilter;
import org.web3j.protocol.core.methods.request.Transaction;
import org.web3j.protocol.core.methods.response.EthBlock;
import org.web3j.protocol.core.methods.response.EthCall;
import org.web3j.protocol.core.methods.response.EthGetTransactionReceipt;
import org.web3j.protocol.core.methods.response.Log;
import org.web3j.utils.Numeric;
import tools.jackson.databind.JsonNode;

/**
 * An Ethereum JSON-RPC node as the live job reads it, through web3j: the head, and the records of a
 * block range — blocks with their transactions, the receipts of those that moved ether, one
 * {@code eth_getLogs} for Transfer logs over the range, internal transfers from traces where the node
 * offers them — each kind fetched as one JSON-RPC batch. Token decimals outside the registry are asked
 * of the contract ({@code decimals()}, {@code symbol()}) once per contract. An error object from the
 * node fails the read with the object named; transport failures are retried below (see
 * {@link NodeHttpService}).
 */
final class EthereumNode implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EthereumNode.class);
    private static final String DECIMALS = "0x313ce567";
    private static final String SYMBOL = "0x95d89b41";

    /** Which trace method the node answers; decided by the first block asked. */
    enum TraceMethod {
        UNKNOWN,
        TRACE_BLOCK,
        DEBUG_TRACE,
        NONE
    }

    /** A {@code trace_block} or {@code debug_traceBlockByNumber} answer, kept as JSON. */
    public static final class TraceResponse extends Response<JsonNode> {}

    private final Web3j web3j;
    private final NodeHttpService service;
    private final String source;
    private final TokenRegistry registry;
    private final NodeTokens tokens;
    private final @Nullable List<String> tokenFilter;
    private final AtomicReference<TraceMethod> traces;
    private final AtomicReference<String> tracesUnavailable = new AtomicReference<>("");

    /**
     * @param tokenFilter the token contracts whose transfers are read, or {@code null} for every ERC-20
     *     token
     */
    EthereumNode(
            String url,
            RetryingHttp http,
            TokenRegistry registry,
            NodeTokens tokens,
            @Nullable List<String> tokenFilter,
            boolean traces) {
        this.service = new NodeHttpService(url, http);
        this.web3j = Web3j.build(service);
        this.source = RemoteSource.redact(url);
        this.registry = registry;
        this.tokens = tokens;
        this.tokenFilter = tokenFilter == null ? null : List.copyOf(tokenFilter);
        this.traces = new AtomicReference<>(traces ? TraceMethod.UNKNOWN : TraceMethod.NONE);
    }

    /** The node's latest block number. */
    long head() {
        return answer(web3j.ethBlockNumber()).getBlockNumber().longValueExact();
    }

    /** Why internal transfers were not read, or empty while they were. */
    String tracesUnavailable() {
        return tracesUnavailable.get();
    }

    /** The records of blocks {@code from}…{@code to}, one entry per block in order. */
    List<BlockRecords> read(long from, long to) {
        var blocks = blocks(from, to);
        var receipts = receipts(blocks);
        var logs = logs(from, to);
        learnTokens(logs);
        var internal = internalTransfers(blocks);
        var result = new ArrayList<BlockRecords>(blocks.size());
        for (var block : blocks) {
            long number = block.getNumber().longValueExact();
            var records = new ArrayList<EvmExportRecord>();
            var transactions = block.getTransactions();
            for (int i = 0; i < transactions.size(); i++) {
                var tx = (EthBlock.TransactionObject) transactions.get(i).get();
                var receipt = receipts.get(tx.getHash());
                records.add(new EvmExportRecord.Transaction(new RawTransaction(
                        tx.getHash(),
                        tx.getFrom(),
                        tx.getTo(),
                        tx.getValueRaw(),
                        tx.getBlockNumberRaw(),
                        block.getTimestampRaw(),
                        receipt == null ? null : receipt.getStatus(),
                        receipt != null ? receipt.getContractAddress() : tx.getCreates(),
                        Radix.HEX,
                        "block " + number + " transactions[" + i + "]")));
            }
            records.addAll(internal.getOrDefault(number, List.of()));
            for (var entry : logs.getOrDefault(number, List.of())) {
                records.add(new EvmExportRecord.Log(new RawLog(
                        entry.getAddress(),
                        entry.getTopics(),
                        entry.getData(),
                        entry.getBlockNumberRaw(),
                        entry.getBlockHash(),
                        block.getTimestampRaw(),
                        entry.getTransactionHash(),
                        entry.getLogIndexRaw(),
                        entry.isRemoved(),
                        Radix.HEX,
                        "block " + number + " log " + entry.getLogIndexRaw())));
            }
            result.add(new BlockRecords(number, records));
        }
        return result;
    }

    private List<EthBlock.Block> blocks(long from, long to) {
        var batch = web3j.newBatch();
        for (long n = from; n <= to; n++) {
            batch.add(web3j.ethGetBlockByNumber(DefaultBlockParameter.valueOf(BigInteger.valueOf(n)), true));
        }
        var blocks = new ArrayList<EthBlock.Block>();
        long n = from;
        for (var response : send(batch)) {
            var block = ((EthBlock) response).getBlock();
            if (block == null) {
                throw new SourceUnavailableException(
                        source, "the node has no block " + n + " (eth_getBlockByNumber answered null)", null);
            }
            blocks.add(block);
            n++;
        }
        return blocks;
    }

    /** Receipts of the transactions that moved ether: their status says whether the ether moved. */
    private Map<String, org.web3j.protocol.core.methods.response.TransactionReceipt> receipts(
            List<EthBlock.Block> blocks) {
        var batch = web3j.newBatch();
        var hashes = new ArrayList<String>();
        for (var block : blocks) {
            for (var result : block.getTransactions()) {
                var tx = (EthBlock.TransactionObject) result.get();
                if (tx.getValue() != null && tx.getValue().signum() > 0) {
                    batch.add(web3j.ethGetTransactionReceipt(tx.getHash()));
                    hashes.add(tx.getHash());
                }
            }
        }
        var receipts = new LinkedHashMap<String, org.web3j.protocol.core.methods.response.TransactionReceipt>();
        var responses = send(batch);
        for (int i = 0; i < responses.size(); i++) {
            ((EthGetTransactionReceipt) responses.get(i))
                    .getTransactionReceipt()
                    .ifPresent(receipt -> receipts.put(receipt.getTransactionHash(), receipt));
        }
        return receipts;
    }

    private Map<Long, List<Log>> logs(long from, long to) {
        var filter = new EthFilter(
                DefaultBlockParameter.valueOf(BigInteger.valueOf(from)),
                DefaultBlockParameter.valueOf(BigInteger.valueOf(to)),
                tokenFilter == null ? List.of() : tokenFilter);
        filter.addSingleTopic(Erc20TransferDecoder.TRANSFER_TOPIC);
        var byBlock = new LinkedHashMap<Long, List<Log>>();
        for (var result : answer(web3j.ethGetLogs(filter)).getLogs()) {
            var entry = (Log) result.get();
            byBlock.computeIfAbsent(entry.getBlockNumber().longValueExact(), b -> new ArrayList<>())
                    .add(entry);
        }
        byBlock.values().forEach(list -> list.sort((a, b) -> a.getLogIndex().compareTo(b.getLogIndex())));
        return byBlock;
    }

    /** Asks {@code decimals()} and {@code symbol()} of every contract met that neither registry nor cache knows. */
    private void learnTokens(Map<Long, List<Log>> logs) {
        Set<String> unknown = new LinkedHashSet<>();
        logs.values()
                .forEach(list -> list.forEach(entry -> {
                    var contract = entry.getAddress();
                    if (contract != null
                            && contract.matches("0[xX][0-9a-fA-F]{40}")
                            && registry.find(Chain.ETHEREUM, contract).isEmpty()
                            && !tokens.knows(contract)) {
                        unknown.add(contract.toLowerCase(java.util.Locale.ROOT));
                    }
                }));
        if (unknown.isEmpty()) {
            return;
        }
        var batch = web3j.newBatch();
        for (var contract : unknown) {
            batch.add(web3j.ethCall(
                    Transaction.createEthCallTransaction(null, contract, DECIMALS), DefaultBlockParameterName.LATEST));
            batch.add(web3j.ethCall(
                    Transaction.createEthCallTransaction(null, contract, SYMBOL), DefaultBlockParameterName.LATEST));
        }
        var responses = sendAllowingErrors(batch);
        int i = 0;
        for (var contract : unknown) {
            var decimals = callResult(responses.get(i++));
            var symbol = callResult(responses.get(i++));
            Integer stated = decimals == null ? null : EvmFolderIndex.decimals(Radix.HEX, decimals);
            tokens.learn(
                    contract,
                    stated == null
                            ? Optional.empty()
                            : Optional.of(new EvmFolderIndex.TokenFacts(
                                    contract,
                                    symbol == null ? null : EvmFolderIndex.symbol(symbol),
                                    stated,
                                    "decimals() call")));
        }
    }

    private static @Nullable String callResult(Response<?> response) {
        if (response.hasError() || !(response instanceof EthCall call) || call.isReverted()) {
            return null;
        }
        var value = call.getValue();
        return value == null || value.length() <= 2 ? null : value;
    }

    private Map<Long, List<EvmExportRecord>> internalTransfers(List<EthBlock.Block> blocks) {
        var byBlock = new LinkedHashMap<Long, List<EvmExportRecord>>();
        if (blocks.isEmpty() || traces.get() == TraceMethod.NONE) {
            return byBlock;
        }
        if (traces.get() == TraceMethod.UNKNOWN) {
            probeTraces(blocks.getFirst());
        }
        var method = traces.get();
        if (method == TraceMethod.NONE) {
            return byBlock;
        }
        var batch = web3j.newBatch();
        for (var block : blocks) {
            batch.add(traceRequest(method, block.getNumber()));
        }
        var responses = send(batch);
        for (int i = 0; i < blocks.size(); i++) {
            var block = blocks.get(i);
            long number = block.getNumber().longValueExact();
            var at = Instant.ofEpochSecond(block.getTimestamp().longValueExact());
            var result = ((TraceResponse) responses.get(i)).getResult();
            if (result == null || !result.isArray()) {
                continue;
            }
            var found = method == TraceMethod.TRACE_BLOCK
                    ? TraceDecoder.parity(result, number, at)
                    : TraceDecoder.callTracer(result, hashes(block), number, at);
            byBlock.put(number, List.copyOf(found));
        }
        return byBlock;
    }

    private synchronized void probeTraces(EthBlock.Block block) {
        if (traces.get() != TraceMethod.UNKNOWN) {
            return;
        }
        var reasons = new ArrayList<String>();
        for (var method : List.of(TraceMethod.TRACE_BLOCK, TraceMethod.DEBUG_TRACE)) {
            try {
                var response = traceRequest(method, block.getNumber()).send();
                if (!response.hasError()) {
                    traces.set(method);
                    return;
                }
                reasons.add(methodName(method) + ": " + describe(response.getError()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        traces.set(TraceMethod.NONE);
        tracesUnavailable.set("the node offers neither trace_block nor debug_traceBlockByNumber ("
                + String.join("; ", reasons) + ")");
        log.warn("Internal transfers not available from {}: {}", source, tracesUnavailable.get());
    }

    private Request<?, TraceResponse> traceRequest(TraceMethod method, BigInteger block) {
        var number = Numeric.encodeQuantity(block);
        return method == TraceMethod.TRACE_BLOCK
                ? new Request<>("trace_block", List.of(number), service, TraceResponse.class)
                : new Request<>(
                        "debug_traceBlockByNumber",
                        List.of(number, Map.of("tracer", "callTracer")),
                        service,
                        TraceResponse.class);
    }

    private static String methodName(TraceMethod method) {
        return method == TraceMethod.TRACE_BLOCK ? "trace_block" : "debug_traceBlockByNumber";
    }

    private static List<String> hashes(EthBlock.Block block) {
        return block.getTransactions().stream()
                .map(result -> ((EthBlock.TransactionObject) result.get()).getHash())
                .toList();
    }

    private <T extends Response<?>> T answer(Request<?, T> request) {
        try {
            var response = request.send();
            if (response.hasError()) {
                throw nodeError(request.getMethod(), response.getError());
            }
            return response;
        } catch (IOException e) {
            throw new SourceUnavailableException(source, request.getMethod() + " failed: " + e.getMessage(), e);
        }
    }

    private List<? extends Response<?>> send(BatchRequest batch) {
        var responses = sendAllowingErrors(batch);
        for (int i = 0; i < responses.size(); i++) {
            if (responses.get(i).hasError()) {
                throw nodeError(
                        batch.getRequests().get(i).getMethod() + " "
                                + batch.getRequests().get(i).getParams(),
                        responses.get(i).getError());
            }
        }
        return responses;
    }

    private List<? extends Response<?>> sendAllowingErrors(BatchRequest batch) {
        if (batch.getRequests().isEmpty()) {
            return List.of();
        }
        try {
            return batch.send().getResponses();
        } catch (IOException e) {
            throw new SourceUnavailableException(source, "a JSON-RPC batch failed: " + e.getMessage(), e);
        }
    }

    private SourceUnavailableException nodeError(String what, Response.Error error) {
        return new SourceUnavailableException(
                source, "the node answered " + what + " with error " + describe(error), null);
    }

    private static String describe(Response.Error error) {
        return "{code: " + error.getCode() + ", message: \"" + error.getMessage() + "\""
                + (error.getData() == null ? "" : ", data: " + error.getData()) + "}";
    }

    /** Closes web3j and its transport. */
    @Override
    public void close() {
        web3j.shutdown();
    }
}
