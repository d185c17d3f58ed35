package org.flowtrace.ingest.bods;

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
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.stereotype.Component;

/**
 * {@code ingest bods <file|dir>}: one file of BODS statements (a JSON array, as BODS packages are
 * published, or JSON Lines) into parties, interests and statement history.
 */
@Component
public class BodsIngestJob implements IngestJobFactory {

    public static final String NAME = "bods";

    private final IngestSteps steps;
    private final GraphConnection graph;

    public BodsIngestJob(IngestSteps steps, GraphConnection graph) {
        this.steps = steps;
        this.graph = graph;
    }

    @Override
    public String jobName() {
        return NAME;
    }

    /** The first record must be a BODS statement of 0.4 ({@code statementId}, {@code recordType}) or 0.2/0.3. */
    @Override
    public void checkFormat(Path input, Map<String, String> options) {
        var first = JsonRecordReader.firstRecord(input);
        boolean v04 = first.has("statementId") && first.has("recordType");
        boolean v03 = first.has("statementID") && first.has("statementType");
        if (!v04 && !v03) {
            throw new SourceFormatException(
                    input.toString(),
                    "not BODS: the first record has neither statementId and recordType (0.4) nor statementID and"
                            + " statementType (0.2/0.3)");
        }
    }

    @Override
    public Job create(Path input, Map<String, String> options) {
        return create(input, options, UnaryOperator.identity());
    }

    /** The job, its writer wrapped by {@code writer} (tests use this to fail a run mid-way). */
    Job create(Path input, Map<String, String> options, UnaryOperator<ItemWriter<GraphFragment>> writer) {
        var file = new MeteredFile(input);
        var reader = new JsonRecordReader("bods-statements", file);
        var step = steps.step(
                "bods-load",
                input.toString(),
                reader,
                new BodsStatementProcessor(),
                writer.apply(new OwnershipItemWriter(graph)),
                reader::fractionRead);
        return steps.job(NAME, step);
    }
}
