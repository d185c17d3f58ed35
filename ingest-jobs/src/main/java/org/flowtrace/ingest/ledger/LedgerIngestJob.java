package org.flowtrace.ingest.ledger;

import java.nio.file.Path;
import java.util.Map;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.ingest.support.IngestJobFactory;
import org.flowtrace.ingest.support.IngestSteps;
import org.flowtrace.ingest.support.MeteredFile;
import org.springframework.batch.core.job.Job;
import org.springframework.stereotype.Component;

/**
 * {@code ingest ledger <file> [--mapping amlworld|<mapping.yaml>]}: a bank ledger CSV into transfers
 * between accounts. Option {@code mapping}: {@code amlworld} (default) or a mapping file path.
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
        var mapping = mapping(options);
        LedgerColumns.resolve(mapping, LedgerCsvReader.header(input, mapping), input.toString());
    }

    @Override
    public Job create(Path input, Map<String, String> options) {
        var mapping = mapping(options);
        var columns = LedgerColumns.resolve(mapping, LedgerCsvReader.header(input, mapping), input.toString());
        var file = new MeteredFile(input);
        var step = steps.step(
                "ledger-load",
                input.toString(),
                LedgerCsvReader.create(file, mapping),
                new LedgerRowProcessor(mapping, columns),
                new LedgerItemWriter(graph),
                file::fractionRead);
        return steps.job(NAME, step);
    }

    static ColumnMapping mapping(Map<String, String> options) {
        var name = options.getOrDefault(MAPPING, "amlworld");
        return "amlworld".equals(name) ? AmlworldMapping.mapping() : ColumnMapping.load(Path.of(name));
    }
}
