package org.flowtrace.ingest.support;

import java.nio.file.Path;
import java.util.function.DoubleSupplier;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Builds the steps and jobs of every ingest format the same way: chunk size from configuration, skip
 * for data errors only (with a limit, each skip to the rejects file), retry for transient database
 * errors only, progress, and the ingest-run record.
 */
@Component
public class IngestSteps {

    private final JobRepository jobRepository;
    private final PlatformTransactionManager transactions;
    private final IngestProperties properties;
    private final IngestRunRecorder runRecorder;

    public IngestSteps(
            JobRepository jobRepository,
            PlatformTransactionManager transactions,
            IngestProperties properties,
            IngestRunRecorder runRecorder) {
        this.jobRepository = jobRepository;
        this.transactions = transactions;
        this.properties = properties;
        this.runRecorder = runRecorder;
    }

    /** A single-step job with the ingest-run recorder; restartable, as every ingest job is. */
    public Job job(String name, Step step) {
        return new JobBuilder(name, jobRepository)
                .listener(runRecorder)
                .start(step)
                .build();
    }

    /**
     * A job of steps run in order, with the ingest-run recorder. A restart skips the steps that
     * completed and resumes the one that failed.
     */
    public Job job(String name, Step first, Step second) {
        return new JobBuilder(name, jobRepository)
                .listener(runRecorder)
                .start(first)
                .next(second)
                .build();
    }

    /**
     * A fault-tolerant chunk step reading {@code input}, with its rejects and progress listeners.
     * Ingest jobs are built per run (readers, processors and listeners hold one run's state); a
     * processor or reader that needs the run id implements {@code StepExecutionListener} and is
     * registered as a listener by this method too.
     */
    public <I, O> Step step(
            String name,
            String input,
            ItemReader<I> reader,
            ItemProcessor<I, O> processor,
            ItemWriter<O> writer,
            @Nullable DoubleSupplier fractionDone) {
        return step(name, input, reader, processor, writer, fractionDone, properties.chunkSize());
    }

    /**
     * As {@link #step(String, String, ItemReader, ItemProcessor, ItemWriter, DoubleSupplier)}, with a
     * format's own chunk size (e.g. goAML counts reports, each of which may hold many transfers).
     */
    public <I, O> Step step(
            String name,
            String input,
            ItemReader<I> reader,
            ItemProcessor<I, O> processor,
            ItemWriter<O> writer,
            @Nullable DoubleSupplier fractionDone,
            int chunkSize) {
        var builder = new StepBuilder(name, jobRepository)
                .<I, O>chunk(chunkSize)
                .transactionManager(transactions)
                .reader(reader)
                .processor(processor)
                .writer(writer)
                .faultTolerant()
                .skipPolicy(new IngestSkipPolicy(properties.skipLimit()))
                .retry(TransientException.class, ServiceUnavailableException.class, SessionExpiredException.class)
                .retryLimit(properties.retryLimit())
                .listener(rejectsListener(input))
                .listener(progressListener(fractionDone));
        for (var component : new Object[] {reader, processor, writer}) {
            if (component instanceof StepExecutionListener listener) {
                builder.listener(listener);
            }
        }
        return builder.build();
    }

    /**
     * {@code reader} read on a thread of its own, up to one chunk ahead of the step, so that reading and
     * parsing overlap with writing; restartable as {@code reader} is (see {@link ReadAheadItemReader}).
     */
    public <T> ReadAheadItemReader<T> readAhead(AbstractItemCountingItemStreamItemReader<T> reader) {
        return new ReadAheadItemReader<>(reader, properties.chunkSize());
    }

    /**
     * As {@link #readAhead(AbstractItemCountingItemStreamItemReader)}, with {@code processor} run on the
     * reader's thread as each record is read; give the step the same {@code processor}.
     */
    public <T> ReadAheadItemReader<T> readAhead(
            AbstractItemCountingItemStreamItemReader<T> reader, ProcessAheadItemProcessor<T, ?> processor) {
        return new ReadAheadItemReader<>(reader, properties.chunkSize(), processor::prepare);
    }

    /** A listener writing this run's skipped records to {@code <rejects-dir>/<job>-<run>.jsonl}. */
    public RejectsListener rejectsListener(String input) {
        return new RejectsListener(properties.rejectsDir().toAbsolutePath().normalize(), input);
    }

    /** A progress listener; {@code fractionDone} tells how much of the source was consumed, or is {@code null}. */
    public ProgressListener progressListener(@Nullable DoubleSupplier fractionDone) {
        return new ProgressListener(properties.progressInterval(), properties.quiet(), fractionDone);
    }

    /** Where the rejects of a run go. */
    public Path rejectsFile(String runId) {
        return properties.rejectsDir().toAbsolutePath().normalize().resolve(runId + ".jsonl");
    }
}
