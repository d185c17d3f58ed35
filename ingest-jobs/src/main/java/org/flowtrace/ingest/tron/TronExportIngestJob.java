package org.flowtrace.ingest.tron;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.ingest.erc20.ChainTransfer;
import org.flowtrace.ingest.erc20.ChainTransferWriter;
import org.flowtrace.ingest.erc20.TokenRegistry;
import org.flowtrace.ingest.ethereum.EvmFolderIndexCache;
import org.flowtrace.ingest.support.IngestJobFactory;
import org.flowtrace.ingest.support.IngestSteps;
import org.flowtrace.ingest.support.MeteredFile;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.stereotype.Component;

/**
 * {@code ingest tron-export <folder|file>}: one saved TronGrid page or TRON JSON-RPC response into
 * TRC-20 transfers between TRON wallets (see {@link TronRecordProcessor}). The other JSON-RPC files of
 * its folder supply block timestamps that receipts lack.
 */
@Component
public class TronExportIngestJob implements IngestJobFactory {

    public static final String NAME = "tron-export";

    private final IngestSteps steps;
    private final GraphConnection graph;
    private final EvmFolderIndexCache folders;

    public TronExportIngestJob(IngestSteps steps, GraphConnection graph, EvmFolderIndexCache folders) {
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
        TronExportFormat.detect(input);
    }

    @Override
    public Job create(Path input, Map<String, String> options) {
        return create(input, options, UnaryOperator.identity());
    }

    /** The job, its writer wrapped by {@code writer} (tests use this to fail a run mid-way). */
    Job create(Path input, Map<String, String> options, UnaryOperator<ItemWriter<ChainTransfer>> writer) {
        var format = TronExportFormat.detect(input);
        var file = new MeteredFile(input);
        var step = steps.step(
                "tron-export-load",
                input.toString(),
                new TronExportReader(file, input.toString(), format),
                new TronRecordProcessor(TokenRegistry.builtIn(), folders.forFileIn(input)),
                writer.apply(new ChainTransferWriter(graph)),
                file::fractionRead);
        return steps.job(NAME, step);
    }
}
