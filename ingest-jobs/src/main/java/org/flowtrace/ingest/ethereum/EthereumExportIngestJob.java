package org.flowtrace.ingest.ethereum;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.model.Chain;
import org.flowtrace.ingest.erc20.ChainTransfer;
import org.flowtrace.ingest.erc20.ChainTransferWriter;
import org.flowtrace.ingest.erc20.Token;
import org.flowtrace.ingest.erc20.TokenRegistry;
import org.flowtrace.ingest.support.IngestJobFactory;
import org.flowtrace.ingest.support.IngestSteps;
import org.flowtrace.ingest.support.MeteredFile;
import org.flowtrace.ingest.support.ProcessAheadItemProcessor;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.stereotype.Component;

/**
 * {@code ingest ethereum-export <folder|file> [--tokens <tokens.csv>]}: one export file into native ETH
 * and ERC-20 transfers between wallets (see {@link EthereumRecordProcessor}). The file's format is
 * detected from its content ({@link EvmExportFormat}); the other files of its folder supply block
 * timestamps, receipt statuses and token decimals. Option {@code tokens}: an extra file stating token
 * decimals (an ethereum-etl {@code tokens.csv} exported elsewhere).
 */
@Component
public class EthereumExportIngestJob implements IngestJobFactory {

    public static final String NAME = "ethereum-export";
    public static final String TOKENS = "tokens";

    private final IngestSteps steps;
    private final GraphConnection graph;
    private final EvmFolderIndexCache folders;

    public EthereumExportIngestJob(IngestSteps steps, GraphConnection graph, EvmFolderIndexCache folders) {
        this.steps = steps;
        this.graph = graph;
        this.folders = folders;
    }

    @Override
    public String jobName() {
        return NAME;
    }

    @Override
    public void checkFormat(Path input, Map<String, String> options) {
        EvmExportFormat.detect(input);
    }

    @Override
    public Job create(Path input, Map<String, String> options) {
        return create(input, options, UnaryOperator.identity());
    }

    /** The job, its writer wrapped by {@code writer} (tests use this to fail a run mid-way). */
    Job create(Path input, Map<String, String> options, UnaryOperator<ItemWriter<ChainTransfer>> writer) {
        var format = EvmExportFormat.detect(input);
        var file = new MeteredFile(input);
        var source = input.toString();
        var processor = new ProcessAheadItemProcessor<>(
                new EthereumRecordProcessor(registry(options), folders.forFileIn(input)));
        ItemReader<EvmExportRecord> reader = switch (format) {
            case JSON_RPC -> new JsonRpcExportReader("ethereum-jsonrpc", file, source);
            case ETL_JSON_LINES -> steps.readAhead(EtlExportReaders.jsonLines("ethereum-etl-json", file), processor);
            default -> steps.readAhead(EtlExportReaders.csv("ethereum-etl-csv", file, input, format), processor);
        };
        var step = steps.step(
                "ethereum-export-load",
                source,
                reader,
                processor,
                writer.apply(new ChainTransferWriter(graph)),
                file::fractionRead);
        return steps.job(NAME, step);
    }

    /** The shipped token registry, plus the decimals of the {@code tokens} option's file if given. */
    static TokenRegistry registry(Map<String, String> options) {
        var registry = TokenRegistry.builtIn();
        var extra = options.get(TOKENS);
        if (extra == null || extra.isBlank()) {
            return registry;
        }
        var learned = new ArrayList<Token>();
        for (var facts : EvmFolderIndex.tokensOf(Path.of(extra))) {
            learned.add(new Token(
                    Chain.ETHEREUM,
                    facts.contract(),
                    facts.symbol() == null ? facts.contract() : facts.symbol(),
                    facts.decimals(),
                    Path.of(extra).getFileName().toString()));
        }
        return registry.with(learned);
    }
}
