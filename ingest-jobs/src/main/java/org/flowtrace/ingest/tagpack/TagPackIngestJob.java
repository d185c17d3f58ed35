package org.flowtrace.ingest.tagpack;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.ingest.support.IngestJobFactory;
import org.flowtrace.ingest.support.IngestSteps;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.stereotype.Component;

/** {@code ingest tagpacks <folder|file>}: one GraphSense TagPack into tags on wallets. */
@Component
public class TagPackIngestJob implements IngestJobFactory {

    public static final String NAME = "tagpack";

    private final IngestSteps steps;
    private final GraphConnection graph;

    public TagPackIngestJob(IngestSteps steps, GraphConnection graph) {
        this.steps = steps;
        this.graph = graph;
    }

    @Override
    public String jobName() {
        return NAME;
    }

    @Override
    public void checkFormat(Path input, Map<String, String> options) {
        TagPackDocument.read(input);
    }

    @Override
    public Job create(Path input, Map<String, String> options) {
        return create(input, options, UnaryOperator.identity());
    }

    /** The job, its writer wrapped by {@code writer} (tests use this to fail a run mid-way). */
    Job create(Path input, Map<String, String> options, UnaryOperator<ItemWriter<WalletTag>> writer) {
        var reader = new TagPackReader(input);
        var step = steps.step(
                "tagpack-load", input.toString(), reader, new TagProcessor(), writer.apply(new TagWriter(graph)), null);
        return steps.job(NAME, step);
    }
}
