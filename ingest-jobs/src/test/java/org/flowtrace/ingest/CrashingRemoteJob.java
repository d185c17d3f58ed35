package org.flowtrace.ingest;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import org.flowtrace.ingest.erc20.ChainTransfer;
import org.flowtrace.ingest.support.RemoteIngestJobFactory;
import org.flowtrace.ingest.support.RemoteSource;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * A remote job whose first run crashes after {@code healthyChunks} chunks ({@link CrashingWriter}) and
 * whose later runs are healthy: the restart tests of the live jobs run it twice.
 *
 * @param create the job's own factory method that wraps its writer
 */
public record CrashingRemoteJob(
        String jobName,
        BiFunction<RemoteSource, UnaryOperator<ItemWriter<ChainTransfer>>, Job> create,
        int healthyChunks,
        AtomicInteger runs)
        implements RemoteIngestJobFactory {

    public CrashingRemoteJob(
            String jobName,
            BiFunction<RemoteSource, UnaryOperator<ItemWriter<ChainTransfer>>, Job> create,
            int healthyChunks) {
        this(jobName, create, healthyChunks, new AtomicInteger());
    }

    @Override
    public Job create(RemoteSource source) {
        boolean first = runs.incrementAndGet() == 1;
        return create.apply(source, writer -> first ? new CrashingWriter<>(writer, healthyChunks) : writer);
    }
}
