package org.flowtrace.ingest.ethereum.node;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.model.Chain;
import org.flowtrace.ingest.erc20.ChainTransfer;
import org.flowtrace.ingest.erc20.ChainTransferWriter;
import org.flowtrace.ingest.erc20.Token;
import org.flowtrace.ingest.erc20.TokenRegistry;
import org.flowtrace.ingest.ethereum.EthereumRecordProcessor;
import org.flowtrace.ingest.support.IngestSteps;
import org.flowtrace.ingest.support.RemoteIngestJobFactory;
import org.flowtrace.ingest.support.RemoteSource;
import org.flowtrace.ingest.support.RetryingHttp;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.stereotype.Component;

/**
 * {@code ingest ethereum --rpc <url> --from-block N --to-block M [--tokens …|--all-erc20] [--follow]}:
 * native ETH, internal and ERC-20 transfers read live from a node, with the same keys, records and
 * processor as {@code ethereum-export}. The source is the node's URL (redacted) and the request (block
 * range, tokens, follow); see {@link #source}.
 */
@Component
public class EthereumNodeIngestJob implements RemoteIngestJobFactory {

    public static final String NAME = "ethereum-node";
    public static final String KIND = "ethereum-rpc";
    public static final String FROM_BLOCK = "from-block";
    public static final String TO_BLOCK = "to-block";
    public static final String TOKENS = "tokens";
    public static final String FOLLOW = "follow";
    public static final String CONFIRMATIONS = "confirmations";
    /** {@code TOKENS} value for every ERC-20 token. */
    public static final String ALL_ERC20 = "all-erc20";

    private final IngestSteps steps;
    private final GraphConnection graph;
    private final EthereumNodeProperties properties;
    private final AtomicBoolean stopFollowing = new AtomicBoolean();

    public EthereumNodeIngestJob(IngestSteps steps, GraphConnection graph, EthereumNodeProperties properties) {
        this.steps = steps;
        this.graph = graph;
        this.properties = properties;
    }

    @Override
    public String jobName() {
        return NAME;
    }

    /**
     * The source for a request. {@code tokens}: contract addresses or registry symbols (USDT, USDC …),
     * or {@code null} for every ERC-20 token; {@code toBlock} may be {@code null} only when following.
     */
    public static RemoteSource source(
            String rpc,
            long fromBlock,
            @Nullable Long toBlock,
            @Nullable List<String> tokens,
            boolean follow,
            @Nullable Integer confirmations) {
        if (fromBlock < 0) {
            throw new IllegalArgumentException("--from-block must not be negative: " + fromBlock);
        }
        if (toBlock == null && !follow) {
            throw new IllegalArgumentException("--to-block is required unless --follow is given");
        }
        if (toBlock != null && toBlock < fromBlock) {
            throw new IllegalArgumentException("--to-block " + toBlock + " is before --from-block " + fromBlock);
        }
        var request = new LinkedHashMap<String, String>();
        request.put(FROM_BLOCK, Long.toString(fromBlock));
        request.put(TO_BLOCK, toBlock == null ? "" : Long.toString(toBlock));
        request.put(TOKENS, tokens == null ? ALL_ERC20 : String.join(",", contracts(tokens)));
        request.put(FOLLOW, Boolean.toString(follow));
        if (follow && confirmations != null) {
            request.put(CONFIRMATIONS, Integer.toString(confirmations));
        }
        return new RemoteSource(KIND, rpc, request);
    }

    /** Asks a following run to stop after the blocks it has fetched (e.g. on Ctrl-C). */
    public void stopFollowing() {
        stopFollowing.set(true);
    }

    @Override
    public Job create(RemoteSource source) {
        return create(source, UnaryOperator.identity());
    }

    /** The job, its writer wrapped by {@code writer} (tests use this to fail a run mid-way). */
    Job create(RemoteSource source, UnaryOperator<ItemWriter<ChainTransfer>> writer) {
        stopFollowing.set(false);
        var request = source.request();
        var registry = TokenRegistry.builtIn();
        var tokens = new NodeTokens();
        var filter = request.get(TOKENS);
        var node = new EthereumNode(
                source.endpoint(),
                new RetryingHttp(properties.retries(), Map.of()),
                registry,
                tokens,
                filter == null || filter.equals(ALL_ERC20) ? null : List.of(filter.split(",")),
                properties.traces() == EthereumNodeProperties.Traces.AUTO);
        var to = request.getOrDefault(TO_BLOCK, "");
        var confirmations = request.get(CONFIRMATIONS);
        var range = new EthereumNodeReader.Range(
                Long.parseLong(request.get(FROM_BLOCK)),
                to.isEmpty() ? null : Long.parseLong(to),
                Boolean.parseBoolean(request.get(FOLLOW)),
                confirmations == null ? properties.confirmations() : Integer.parseInt(confirmations),
                properties.pollInterval());
        var reader = new EthereumNodeReader(
                node, range, properties.blocksPerBatch(), properties.concurrency(), stopFollowing::get);
        var step = steps.step(
                "ethereum-node-load",
                source.uri(),
                reader,
                new EthereumRecordProcessor(registry, tokens),
                writer.apply(new ChainTransferWriter(graph)),
                null);
        return steps.job(NAME, step);
    }

    private static List<String> contracts(List<String> tokens) {
        var registry = TokenRegistry.builtIn();
        var contracts = new ArrayList<String>();
        for (var token : tokens) {
            var text = token.strip();
            if (text.isEmpty()) {
                continue;
            }
            if (text.matches("0[xX][0-9a-fA-F]{40}")) {
                contracts.add(text.toLowerCase(Locale.ROOT));
            } else {
                contracts.add(registry.bySymbol(Chain.ETHEREUM, text)
                        .map(Token::contract)
                        .orElseThrow(() -> new IllegalArgumentException("--tokens: '" + text
                                + "' is neither a 0x contract address nor the symbol of one token of the registry")));
            }
        }
        if (contracts.isEmpty()) {
            throw new IllegalArgumentException("--tokens: no token given");
        }
        return contracts;
    }
}
