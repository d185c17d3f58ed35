package org.flowtrace.ingest.ledger;

import java.nio.file.Path;
import java.util.Map;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.ingest.support.IngestJobFactory;
import org.flowtrace.ingest.support.IngestSteps;
import org.flowtrace.ingest.support.MeteredFile;
import org.flowtrace.ingest.support.ProcessAheadItemProcessor;
import org.springframework.batch.core.job.Job;
import org.springframework.stereotype.Component;

/**
 * {@code ingest ledger <file> [--mapping amlworld|<mapping.yaml>]}: a bank ledger CSV into transfers
 * between accounts. Option {@code mapping}: {@code amlworld} (default; a trailing {@code Reference} column is
 * read when the header has one) or a mapping file path.
 */
@Component
public class LedgerIngestJob implements IngestJobFactory {

    public static final String NAME = "ledger";
    public static final String MAPPING = "mapping";

    private final IngestSteps steps;
    private final GraphConnection graph;

    public LedgerIngestJob(IngestSteps steps, GraphConnection graph) {
        this.steps = steps;
        this.graph = graph;
    }

    @Override
    public String jobName() {
        return NAME;
    }

    @Override
    public void checkFormat(Path input, Map<String, String> options) {
        var mapping = mapping(options, input);
        LedgerColumns.resolve(mapping, LedgerCsvReader.header(input, mapping), input.toString());
    }

    @Override
    public Job create(Path input, Map<String, String> options) {
        var mapping = mapping(options, input);
        var columns = LedgerColumns.resolve(mapping, LedgerCsvReader.header(input, mapping), input.toString());
        var file = new MeteredFile(input);
        var processor = new ProcessAheadItemProcessor<>(new LedgerRowProcessor(mapping, columns));
        var step = steps.step(
                "ledger-load",
                input.toString(),
                steps.readAhead(LedgerCsvReader.create(file, mapping), processor),
                processor,
                new LedgerItemWriter(graph),
                file::fractionRead);
        return steps.job(NAME, step);
    }

    /**
     * The mapping the options name, for this input: the built-in {@code amlworld} one reads the file's
     * header to learn whether it has a trailing reference column ({@link AmlworldMapping#mapping(java.util.List)}).
     */
    static ColumnMapping mapping(Map<String, String> options, Path input) {
        var name = options.getOrDefault(MAPPING, "amlworld");
        if (!"amlworld".equals(name)) {
            return ColumnMapping.load(Path.of(name));
        }
        return AmlworldMapping.mapping(LedgerCsvReader.header(input, AmlworldMapping.mapping()));
    }
}
