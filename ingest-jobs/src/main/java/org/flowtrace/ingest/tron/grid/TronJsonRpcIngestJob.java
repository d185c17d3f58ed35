package org.flowtrace.ingest.tron.grid;

import java.util.LinkedHashMap;
import java.util.function.UnaryOperator;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.ingest.erc20.ChainTransfer;
import org.flowtrace.ingest.erc20.ChainTransferWriter;
import org.flowtrace.ingest.erc20.TokenRegistry;
import org.flowtrace.ingest.ethereum.EvmFolderIndex;
import org.flowtrace.ingest.support.IngestSteps;
import org.flowtrace.ingest.support.RemoteIngestJobFactory;
import org.flowtrace.ingest.support.RemoteSource;
import org.flowtrace.ingest.support.RetryingHttp;
import org.flowtrace.ingest.tron.TronAddress;
import org.flowtrace.ingest.tron.TronRecordProcessor;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.stereotype.Component;

/**
 * {@code ingest tron --jsonrpc <url> --contract T… --from-block N --to-block M}: a TRC-20 token's
 * transfers from TRON's Ethereum-compatible JSON-RPC, decoded by the EVM log decoder and keyed as
 * {@code tron-export} keys them. JSON-RPC filters by block, not by time, hence the block range.
 */
@Component
public class TronJsonRpcIngestJob implements RemoteIngestJobFactory {

    public static final String NAME = "tron-jsonrpc";
    public static final String KIND = "tron-jsonrpc";

    private final IngestSteps steps;
    private final GraphConnection graph;
    private final TronGridProperties properties;

    public TronJsonRpcIngestJob(IngestSteps steps, GraphConnection graph, TronGridProperties properties) {
        this.steps = steps;
        this.graph = graph;
        this.properties = properties;
    }

    @Override
    public String jobName() {
        return NAME;
    }

    /** The source for a request: the token contract (base58 {@code T…}) and a block range. */
    public static RemoteSource source(String jsonRpc, String contract, long fromBlock, long toBlock) {
        if (fromBlock < 0 || toBlock < fromBlock) {
            throw new IllegalArgumentException(
                    "--from-block " + fromBlock + " and --to-block " + toBlock + " are not a block range");
        }
        var request = new LinkedHashMap<String, String>();
        request.put("contract", TronAddress.parse(contract).base58());
        request.put("from-block", Long.toString(fromBlock));
        request.put("to-block", Long.toString(toBlock));
        return new RemoteSource(KIND, jsonRpc, request);
    }

    @Override
    public Job create(RemoteSource source) {
        return create(source, UnaryOperator.identity());
    }

    /** The job, its writer wrapped by {@code writer}. */
    Job create(RemoteSource source, UnaryOperator<ItemWriter<ChainTransfer>> writer) {
        var request = source.request();
        var reader = new TronJsonRpcReader(
                source.endpoint(),
                TronAddress.parse(request.get("contract")),
                Long.parseLong(request.get("from-block")),
                Long.parseLong(request.get("to-block")),
                properties.blocksPerRequest(),
                new RetryingHttp(properties.retries(), properties.headers()));
        var step = steps.step(
                "tron-jsonrpc-load",
                source.uri(),
                reader,
                new TronRecordProcessor(TokenRegistry.builtIn(), EvmFolderIndex.empty()),
                writer.apply(new ChainTransferWriter(graph)),
                null);
        return steps.job(NAME, step);
    }
}
