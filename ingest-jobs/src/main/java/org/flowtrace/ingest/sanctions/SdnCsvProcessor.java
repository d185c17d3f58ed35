package org.flowtrace.ingest.sanctions;

import java.util.Map;
import org.flowtrace.ingest.support.CsvRow;
import org.flowtrace.ingest.support.GraphFragment;
import org.flowtrace.ingest.support.RunSource;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** A row of an OFAC legacy CSV file, decoded ({@link SdnCsvDecoder}) and mapped ({@link SdnEntryProcessor}). */
final class SdnCsvProcessor implements ItemProcessor<CsvRow, GraphFragment>, StepExecutionListener {

    private final OfacFormat format;
    private final Map<String, String> continuations;
    private final SdnEntryProcessor entries = new SdnEntryProcessor();
    private @Nullable SdnCsvDecoder decoder;

    SdnCsvProcessor(OfacFormat format, Map<String, String> continuations) {
        this.format = format;
        this.continuations = Map.copyOf(continuations);
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        entries.beforeStep(stepExecution);
        decoder = new SdnCsvDecoder(RunSource.of(stepExecution).input(), format, continuations);
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        return entries.afterStep(stepExecution);
    }

    @Override
    public GraphFragment process(CsvRow row) {
        if (decoder == null) {
            throw new IllegalStateException("OFAC CSV processor used outside its step");
        }
        return entries.process(decoder.decode(row));
    }
}
