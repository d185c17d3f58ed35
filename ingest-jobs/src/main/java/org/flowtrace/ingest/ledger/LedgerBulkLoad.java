package org.flowtrace.ingest.ledger;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;
import org.flowtrace.graph.bulk.TransferBulkImport;
import org.flowtrace.graph.evaluation.EvaluationLabelWriter;
import org.flowtrace.graph.model.IngestRun;
import org.flowtrace.graph.model.SourceFile;
import org.flowtrace.ingest.MalformedRecordException;
import org.flowtrace.ingest.support.MeteredFile;
import org.flowtrace.ingest.support.RejectedRecord;
import org.flowtrace.ingest.support.RejectsFile;
import org.flowtrace.ingest.support.RunSource;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.file.FlatFileParseException;

/**
 * {@code ingest ledger --bulk}: the initial load of a large ledger into an empty database through the
 * offline import tool. Rows go through the same reader and processor as the incremental job (same
 * keys, values and provenance; the same rejects), then {@link TransferBulkImport} writes the
 * database. The DBMS must not be running on {@code neo4jHome}.
 */
public final class LedgerBulkLoad {

    /**
     * What a bulk load did.
     *
     * @param runId the ingest run recorded in the graph
     * @param read rows read
     * @param written transfers written
     * @param skipped rows rejected
     * @param duplicates rows that repeated a transfer already written
     * @param rejects the rejects file (exists only when a row was rejected)
     */
    public record Outcome(String runId, long read, long written, long skipped, long duplicates, Path rejects) {}

    private LedgerBulkLoad() {}

    public static Outcome run(
            Path input,
            Map<String, String> options,
            Path neo4jHome,
            Path rejectsDir,
            Path workDir,
            Consumer<String> progress) {
        var mapping = LedgerIngestJob.mapping(options, input);
        var columns = LedgerColumns.resolve(mapping, LedgerCsvReader.header(input, mapping), input.toString());
        var source = SourceFile.of(input);
        var run = new IngestRun("ledger-bulk-" + Instant.now().toEpochMilli(), LedgerIngestJob.NAME, Instant.now());
        var processor =
                new LedgerRowProcessor(mapping, columns, new RunSource(run.id(), input.toString(), source.sha256()));
        var rejects = new RejectsFile(rejectsDir.resolve(run.id() + ".jsonl"));
        var reader = LedgerCsvReader.create(new MeteredFile(input), mapping);
        long read = 0;
        long skipped = 0;
        try (var bulk = new TransferBulkImport(workDir);
                rejects) {
            reader.open(new ExecutionContext());
            try {
                while (true) {
                    LedgerRow row;
                    try {
                        row = reader.read();
                    } catch (FlatFileParseException e) {
                        read++;
                        skipped++;
                        rejects.append(RejectedRecord.of(e, input.toString(), "read", null));
                        continue;
                    } catch (Exception e) {
                        throw new IllegalStateException("cannot read " + input + ": " + e.getMessage(), e);
                    }
                    if (row == null) {
                        break;
                    }
                    read++;
                    try {
                        var loaded = processor.process(row);
                        bulk.add(loaded.transfer());
                        if (Boolean.TRUE.equals(loaded.laundering())) {
                            bulk.add(new EvaluationLabelWriter.Label(
                                    loaded.transfer().id(),
                                    true,
                                    loaded.transfer().provenance()));
                        }
                    } catch (MalformedRecordException e) {
                        skipped++;
                        rejects.append(RejectedRecord.of(e, input.toString(), "process", row));
                    }
                    if (read % 1_000_000 == 0) {
                        progress.accept("%,d rows prepared".formatted(read));
                    }
                }
            } finally {
                reader.close();
            }
            var written = read - skipped;
            progress.accept("%,d rows prepared, importing".formatted(read));
            bulk.importInto(
                    neo4jHome,
                    "neo4j",
                    run,
                    source,
                    "COMPLETED",
                    Map.of("read", read, "written", written, "skipped", skipped));
            return new Outcome(run.id(), read, written, skipped, bulk.duplicates(), rejects.path());
        }
    }
}
