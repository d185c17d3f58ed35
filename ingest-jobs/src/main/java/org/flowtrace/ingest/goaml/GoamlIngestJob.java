package org.flowtrace.ingest.goaml;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.ingest.support.IngestJobFactory;
import org.flowtrace.ingest.support.IngestSteps;
import org.flowtrace.ingest.support.MeteredFile;
import org.flowtrace.ingest.support.ProcessAheadItemProcessor;
import org.flowtrace.ingest.support.ReadAheadItemReader;
import org.springframework.batch.core.job.Job;
import org.springframework.stereotype.Component;

/**
 * {@code ingest goaml <file> [--schema <xsd>]}: goAML XML reports (STR, SAR, CTR, AIFT, DPMSR …) into
 * report, party, account and transfer facts. Option {@code schema}: the FIU's XSD to validate against;
 * without it, flowtrace's own structural schema of goAML 5.0.x.
 */
@Component
public class GoamlIngestJob implements IngestJobFactory {

    public static final String NAME = "goaml";
    public static final String SCHEMA = "schema";

    /**
     * Reports read ahead of the step at most: a report is far larger than a ledger row, so fewer than a
     * chunk of them are held.
     */
    static final int READ_AHEAD = 64;

    private static final String BUNDLED_KEY = "";

    private final IngestSteps steps;
    private final GraphConnection graph;
    private final GoamlIngestProperties properties;
    private final Map<String, GoamlSchema> schemas = new ConcurrentHashMap<>();

    public GoamlIngestJob(IngestSteps steps, GraphConnection graph, GoamlIngestProperties properties) {
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
        GoamlFileLayout.detect(input, schema(options).targetNamespace());
    }

    @Override
    public Job create(Path input, Map<String, String> options) {
        var schema = schema(options);
        var layout = GoamlFileLayout.detect(input, schema.targetNamespace());
        var file = new MeteredFile(input);
        var settings = new GoamlReportMapper.Settings(
                properties.zone(),
                properties.keepSourceXml(),
                new LinkedHashSet<>(properties.payerRoles()),
                new LinkedHashSet<>(properties.payeeRoles()));
        var processor = new ProcessAheadItemProcessor<>(new GoamlReportProcessor(properties.codeLists(), settings));
        var step = steps.step(
                "goaml-load",
                input.toString(),
                new ReadAheadItemReader<>(
                        new GoamlReportReader(file, input.toString(), schema, layout), READ_AHEAD, processor::prepare),
                processor,
                new GoamlItemWriter(graph),
                file::fractionRead,
                properties.chunkSize());
        return steps.job(NAME, step);
    }

    /** The settings this job was built with. */
    public GoamlIngestProperties properties() {
        return properties;
    }

    /** The schema of the {@code schema} option (compiled once per file and modification time). */
    private GoamlSchema schema(Map<String, String> options) {
        var path = options.get(SCHEMA);
        if (path == null || path.isBlank()) {
            return schemas.computeIfAbsent(BUNDLED_KEY, key -> GoamlSchema.bundled());
        }
        var file = Path.of(path).toAbsolutePath().normalize();
        String key;
        try {
            key = file + "@" + Files.getLastModifiedTime(file).toMillis();
        } catch (java.io.IOException e) {
            key = file.toString();
        }
        return schemas.computeIfAbsent(key, k -> GoamlSchema.of(file));
    }
}
