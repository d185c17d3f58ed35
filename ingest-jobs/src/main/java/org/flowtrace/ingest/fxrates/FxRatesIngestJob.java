package org.flowtrace.ingest.fxrates;

import java.nio.file.Path;
import java.util.Map;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.fx.UsdValueWriter.Valuation;
import org.flowtrace.ingest.support.IngestJobFactory;
import org.flowtrace.ingest.support.IngestProperties;
import org.flowtrace.ingest.support.IngestSteps;
import org.flowtrace.ingest.support.MeteredFile;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.stereotype.Component;

/**
 * {@code ingest fx-rates <file>}: daily FX reference rates, in two steps. {@code fx-rates-load} stores
 * each line as an {@code :FxRate}; {@code fx-rates-apply} then pages through every transfer of the graph
 * without a USD value and writes the value where a rate exists for its asset and UTC day. Both steps are
 * idempotent; a restart skips a completed load and resumes valuing after the last committed page.
 */
@Component
public class FxRatesIngestJob implements IngestJobFactory {

    public static final String NAME = "fx-rates";
    static final String LOAD_STEP = "fx-rates-load";
    static final String APPLY_STEP = "fx-rates-apply";

    private final IngestSteps steps;
    private final GraphConnection graph;
    private final IngestProperties ingest;
    private final FxProperties fx;

    public FxRatesIngestJob(IngestSteps steps, GraphConnection graph, IngestProperties ingest, FxProperties fx) {
        this.steps = steps;
        this.graph = graph;
        this.ingest = ingest;
        this.fx = fx;
    }

    @Override
    public String jobName() {
        return NAME;
    }

    @Override
    public void checkFormat(Path input, Map<String, String> options) {
        FxRateColumns.of(input);
    }

    @Override
    public Job create(Path input, Map<String, String> options) {
        return job(input, new TransferValuationItemWriter(graph));
    }

    /** The job, writing USD values through {@code valuations}; the restart test wraps it to fail once. */
    Job job(Path input, ItemWriter<Valuation> valuations) {
        var columns = FxRateColumns.of(input);
        var file = new MeteredFile(input);
        var load = steps.step(
                LOAD_STEP,
                input.toString(),
                FxRateCsvReader.create(file),
                new FxRateRowProcessor(columns, input.getFileName().toString()),
                new FxRateItemWriter(graph, input.toString()),
                file::fractionRead);
        var apply = steps.step(
                APPLY_STEP,
                input.toString(),
                new UnvaluedTransferItemReader(graph, ingest.chunkSize()),
                new TransferValuationProcessor(fx.parAssetSet()),
                valuations,
                null);
        return steps.job(NAME, load, apply);
    }
}
