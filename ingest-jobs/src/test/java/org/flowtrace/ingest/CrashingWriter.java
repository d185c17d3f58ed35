package org.flowtrace.ingest;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * A writer that writes its first {@code healthyChunks} chunks, then fails every write with an error no
 * policy skips or retries — as if the process had crashed there. A later run, with a healthy writer,
 * must resume after the last committed chunk.
 */
public record CrashingWriter<T>(ItemWriter<T> writer, int healthyChunks, AtomicInteger calls) implements ItemWriter<T> {

    public CrashingWriter(ItemWriter<T> writer, int healthyChunks) {
        this(writer, healthyChunks, new AtomicInteger());
    }

    @Override
    public void write(Chunk<? extends T> chunk) throws Exception {
        if (calls.incrementAndGet() > healthyChunks) {
            throw new IllegalStateException("simulated crash after " + healthyChunks + " chunk(s)");
        }
        writer.write(chunk);
    }
}
