package org.flowtrace.ingest.camt053;

import java.nio.file.Path;
import java.util.Map;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.ingest.support.IngestJobFactory;
import org.flowtrace.ingest.support.IngestSteps;
import org.flowtrace.ingest.support.MeteredFile;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.stereotype.Component;

/**
 * {@code ingest camt053 <file>}: ISO 20022 bank-to-customer statements (camt.053, and camt.054
 * notifications, versions 001.02–001.13) into transfers between the statement account and its
 * counterparties, with the parties named and the accounts they hold. The file's root element and
 * namespace are checked before the job starts.
 */
@Component
public class Camt053IngestJob implements IngestJobFactory {

    public static final String NAME = "camt053";
    static final String STEP = "camt053-load";

    private final IngestSteps steps;
    private final GraphConnection graph;
    private final Camt053Properties properties;

    public Camt053IngestJob(IngestSteps steps, GraphConnection graph, Camt053Properties properties) {
        this.steps = steps;
        this.graph = graph;
        this.properties = properties;
    }

    @Override
    public String jobName() {
        return NAME;
    }

    @Override
    public void checkFormat(Path input, Map<String, String> options) {
        CamtFormat.detect(input);
    }

    @Override
    public Job create(Path input, Map<String, String> options) {
        return steps.job(NAME, step(input, new CamtItemWriter(graph, input.toString())));
    }

    /** The load step, writing through {@code writer}; the restart test wraps the writer to fail once. */
    Step step(Path input, ItemWriter<CamtTransaction> writer) {
        var file = new MeteredFile(input);
        return steps.step(
                STEP,
                input.toString(),
                new CamtEntryReader(file, input.toString(), CamtFormat.detect(input)),
                new CamtRecordProcessor(properties),
                writer,
                file::fractionRead);
    }
}
