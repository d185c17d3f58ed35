package org.flowtrace.ingest.ftm;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.ingest.SourceFormatException;
import org.flowtrace.ingest.support.GraphFragment;
import org.flowtrace.ingest.support.IngestJobFactory;
import org.flowtrace.ingest.support.IngestSteps;
import org.flowtrace.ingest.support.JsonRecordReader;
import org.flowtrace.ingest.support.MeteredFile;
import org.flowtrace.ingest.support.OwnershipItemWriter;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.stereotype.Component;

/**
 * {@code ingest ftm <file>}: one file of FollowTheMoney entities (JSON Lines as OpenSanctions and
 * Aleph export them, a delta file, or a JSON array) into parties, ownership, wallets, designations and
 * payments.
 */
@Component
public class FtmIngestJob implements IngestJobFactory {

    public static final String NAME = "ftm";

    private final IngestSteps steps;
    private final GraphConnection graph;

    public FtmIngestJob(IngestSteps steps, GraphConnection graph) {
        this.steps = steps;
        this.graph = graph;
    }

    @Override
    public String jobName() {
        return NAME;
    }

    /**
     * The first record must be a FollowTheMoney entity ({@code id}, {@code schema}) or a delta line
     * ({@code op}, {@code entity}).
     */
    @Override
    public void checkFormat(Path input, Map<String, String> options) {
        var first = JsonRecordReader.firstRecord(input);
        boolean entity = first.has("id") && first.has("schema");
        boolean delta = first.has("op") && first.path("entity").has("schema");
        if (!entity && !delta) {
            throw new SourceFormatException(
                    input.toString(),
                    "not FollowTheMoney: the first record has neither id and schema (an entity) nor op and entity"
                            + " (a delta line)");
        }
    }

    @Override
    public Job create(Path input, Map<String, String> options) {
        return create(input, options, UnaryOperator.identity());
    }

    /** The job, its writer wrapped by {@code writer} (tests use this to fail a run mid-way). */
    Job create(Path input, Map<String, String> options, UnaryOperator<ItemWriter<GraphFragment>> writer) {
        return steps.job(NAME, step(input, writer.apply(new OwnershipItemWriter(graph))));
    }

    /** The load step of one FtM file, for jobs that read FtM among other layouts ({@code designations}). */
    public Step step(Path input, ItemWriter<GraphFragment> writer) {
        var file = new MeteredFile(input);
        var reader = new JsonRecordReader("ftm-entities", file);
        return steps.step("ftm-load", input.toString(), reader, new FtmEntityProcessor(), writer, reader::fractionRead);
    }
}
