package org.flowtrace.ingest.sanctions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.ingest.ftm.FtmIngestJob;
import org.flowtrace.ingest.support.CsvRowReader;
import org.flowtrace.ingest.support.GraphFragment;
import org.flowtrace.ingest.support.IngestJobFactory;
import org.flowtrace.ingest.support.IngestSteps;
import org.flowtrace.ingest.support.MeteredFile;
import org.flowtrace.ingest.support.OwnershipItemWriter;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.stereotype.Component;

/**
 * {@code ingest designations <csv|ftm>}: a list an FIU curates itself — the documented CSV layout
 * ({@link DesignationColumns}), or FollowTheMoney entities (a file starting with {@code {} or
 * {@code [}), loaded as {@code ingest ftm} loads them.
 */
@Component
public class DesignationsIngestJob implements IngestJobFactory {

    public static final String NAME = "designations";

    private final IngestSteps steps;
    private final GraphConnection graph;
    private final FtmIngestJob ftm;

    public DesignationsIngestJob(IngestSteps steps, GraphConnection graph, FtmIngestJob ftm) {
        this.steps = steps;
        this.graph = graph;
        this.ftm = ftm;
    }

    @Override
    public String jobName() {
        return NAME;
    }

    @Override
    public void checkFormat(Path input, Map<String, String> options) {
        if (isFtm(input)) {
            ftm.checkFormat(input, options);
        } else {
            DesignationColumns.read(input);
        }
    }

    @Override
    public Job create(Path input, Map<String, String> options) {
        return create(input, options, UnaryOperator.identity());
    }

    Job create(Path input, Map<String, String> options, UnaryOperator<ItemWriter<GraphFragment>> writer) {
        var out = writer.apply(new OwnershipItemWriter(graph));
        if (isFtm(input)) {
            return steps.job(NAME, ftm.step(input, out));
        }
        var columns = DesignationColumns.read(input);
        var reader = new CsvRowReader("designations-csv", new MeteredFile(input), true);
        return steps.job(
                NAME,
                steps.step(
                        "designations-load",
                        input.toString(),
                        reader,
                        new DesignationRowProcessor(columns),
                        out,
                        reader::fractionRead));
    }

    private static boolean isFtm(Path input) {
        try (var reader = Files.newBufferedReader(input)) {
            int c;
            do {
                c = reader.read();
            } while (c == '\uFEFF' || (c >= 0 && Character.isWhitespace(c)));
            return c == '{' || c == '[';
        } catch (IOException e) {
            return false;
        }
    }
}
