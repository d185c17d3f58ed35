package org.flowtrace.ingest.sanctions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.ingest.SourceFormatException;
import org.flowtrace.ingest.support.CsvRow;
import org.flowtrace.ingest.support.CsvRowReader;
import org.flowtrace.ingest.support.GraphFragment;
import org.flowtrace.ingest.support.IngestJobFactory;
import org.flowtrace.ingest.support.IngestSteps;
import org.flowtrace.ingest.support.JsonFields;
import org.flowtrace.ingest.support.JsonRecord;
import org.flowtrace.ingest.support.JsonRecordReader;
import org.flowtrace.ingest.support.MeteredFile;
import org.flowtrace.ingest.support.OwnershipItemWriter;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.stereotype.Component;

/**
 * {@code ingest ofac <sdn.xml|sdn_advanced.xml|folder of OFAC CSVs|address list>}: one file of the OFAC SDN list, its
 * layout told from its content ({@link OfacFormat}). An {@code sdn.csv} joins the remarks its comments
 * files beside it continue ({@code sdn_comments.csv}: any CSV of two columns in the same folder).
 */
@Component
public class OfacIngestJob implements IngestJobFactory {

    public static final String NAME = "ofac";

    private final IngestSteps steps;
    private final GraphConnection graph;

    public OfacIngestJob(IngestSteps steps, GraphConnection graph) {
        this.steps = steps;
        this.graph = graph;
    }

    @Override
    public String jobName() {
        return NAME;
    }

    @Override
    public void checkFormat(Path input, Map<String, String> options) {
        OfacFormat.detect(input);
    }

    @Override
    public Job create(Path input, Map<String, String> options) {
        return create(input, options, UnaryOperator.identity());
    }

    /** The job, its writer wrapped by {@code writer} (tests use this to fail a run mid-way). */
    Job create(Path input, Map<String, String> options, UnaryOperator<ItemWriter<GraphFragment>> writer) {
        var format = OfacFormat.detect(input);
        var file = new MeteredFile(input);
        var out = writer.apply(new OwnershipItemWriter(graph));
        var source = input.toString();
        var step = switch (format) {
            case SDN_XML -> {
                var reader = new SdnXmlReader(file);
                yield steps.step("ofac-load", source, reader, new SdnEntryProcessor(), out, reader::fractionRead);
            }
            case SDN_ADVANCED_XML -> {
                var reader = new SdnAdvancedReader(file);
                yield steps.step("ofac-load", source, reader, new SdnEntryProcessor(), out, reader::fractionRead);
            }
            case ADDRESS_LIST_TXT -> {
                var reader = new CsvRowReader("ofac-address-list", file, false);
                var currency = OfacFormat.listCurrency(input).orElseThrow();
                yield steps.step(
                        "ofac-load",
                        source,
                        reader,
                        new ListedAddressProcessor<CsvRow>(currency, row -> row.field(0)),
                        out,
                        reader::fractionRead);
            }
            case ADDRESS_LIST_JSON -> {
                var reader = new JsonRecordReader("ofac-address-list", file);
                var currency = OfacFormat.listCurrency(input).orElseThrow();
                yield steps.step(
                        "ofac-load",
                        source,
                        reader,
                        new ListedAddressProcessor<JsonRecord>(currency, element -> JsonFields.text(element.node())),
                        out,
                        reader::fractionRead);
            }
            default -> {
                var reader = new CsvRowReader("ofac-csv", file, false);
                var continuations = format == OfacFormat.SDN_CSV ? continuations(input) : Map.<String, String>of();
                yield steps.step(
                        "ofac-load",
                        source,
                        reader,
                        new SdnCsvProcessor(format, continuations),
                        out,
                        reader::fractionRead);
            }
        };
        return steps.job(NAME, step);
    }

    /**
     * The remarks continuations of the comments files beside an {@code sdn.csv}, by entry number; when
     * two files continue one entry, the first by name wins.
     */
    static Map<String, String> continuations(Path sdnCsv) {
        var folder = sdnCsv.toAbsolutePath().getParent();
        var continuations = new HashMap<String, String>();
        if (folder == null) {
            return continuations;
        }
        try (var files = Files.list(folder)) {
            for (var sibling : files.filter(f ->
                            f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                    .sorted()
                    .toList()) {
                if (sibling.equals(sdnCsv.toAbsolutePath()) || !isComments(sibling)) {
                    continue;
                }
                var ofThisFile = new HashMap<String, String>();
                var reader = new CsvRowReader("ofac-comments", new MeteredFile(sibling), false);
                reader.open(new ExecutionContext());
                try {
                    for (CsvRow row = reader.read(); row != null; row = reader.read()) {
                        if (row.fields().size() >= 2) {
                            ofThisFile.merge(row.field(0), row.fields().get(1), String::concat);
                        }
                    }
                } finally {
                    reader.close();
                }
                ofThisFile.forEach(continuations::putIfAbsent);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        } catch (Exception e) {
            throw new IllegalStateException(
                    "cannot read the comments files beside " + sdnCsv + ": " + e.getMessage(), e);
        }
        return continuations;
    }

    private static boolean isComments(Path file) {
        try {
            return OfacFormat.detect(file) == OfacFormat.COMMENTS_CSV;
        } catch (SourceFormatException notOfac) {
            return false;
        }
    }
}
