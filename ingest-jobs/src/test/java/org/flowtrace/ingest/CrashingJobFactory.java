package org.flowtrace.ingest;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.flowtrace.ingest.support.IngestJobFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * A job factory whose first job's writer crashes after {@code healthyChunks} chunks ({@link CrashingWriter})
 * and whose later jobs are healthy: launching it twice is a run that failed mid-file and its restart.
 *
 * @param <T> what the job's writer writes
 */
public record CrashingJobFactory<T>(String jobName, int healthyChunks, WrappableJob<T> job, AtomicInteger jobs)
        implements IngestJobFactory {

    /** A job factory method that lets the caller wrap the job's writer. */
    @FunctionalInterface
    public interface WrappableJob<T> {
        Job create(Path input, Map<String, String> options, UnaryOperator<ItemWriter<T>> writer);
    }

    public CrashingJobFactory(String jobName, int healthyChunks, WrappableJob<T> job) {
        this(jobName, healthyChunks, job, new AtomicInteger());
    }

    @Override
    public Job create(Path input, Map<String, String> options) {
        return job.create(
                input,
                options,
                writer -> jobs.incrementAndGet() == 1 ? new CrashingWriter<>(writer, healthyChunks) : writer);
    }
}
