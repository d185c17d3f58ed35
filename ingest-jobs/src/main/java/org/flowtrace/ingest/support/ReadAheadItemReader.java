package org.flowtrace.ingest.support;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads a file on a thread of its own, up to a bounded number of records ahead of the step, so that
 * reading and parsing the next chunk overlap with writing the current one (the writer waits for the
 * database most of the time). One reader thread, one step thread: the step still writes one chunk at
 * a time, in file order.
 *
 * <p>Restartable as its delegate is: the count saved at a checkpoint under the delegate's name is the
 * number of records handed to the step (all of them in committed chunks), not how far the thread has
 * read, so a restart resumes after the last committed chunk. A read failure is handed over in its
 * place in the file, and counts as one record as the delegate counts it.
 *
 * <p>Each record read can also be handed to a hook on the reader's thread before the step gets it, so
 * that processing runs ahead too (see {@link ProcessAheadItemProcessor}).
 */
public final class ReadAheadItemReader<T> implements ItemStreamReader<T> {

    private static final String READ_COUNT = "read.count";

    private sealed interface Entry<T> {}

    private record Item<T>(T item) implements Entry<T> {}

    private record Failure<T>(Exception failure) implements Entry<T> {}

    private record End<T>() implements Entry<T> {}

    private final AbstractItemCountingItemStreamItemReader<T> delegate;
    private final BlockingQueue<Entry<T>> ahead;
    private final Consumer<? super T> onRead;
    private @Nullable Thread thread;
    private volatile boolean stopping;
    private boolean ended;
    private int handedOver;

    /** Reads {@code delegate} at most {@code capacity} records ahead of the step. */
    public ReadAheadItemReader(AbstractItemCountingItemStreamItemReader<T> delegate, int capacity) {
        this(delegate, capacity, item -> {});
    }

    /**
     * As {@link #ReadAheadItemReader(AbstractItemCountingItemStreamItemReader, int)}, handing each
     * record read to {@code onRead} on the reader's thread; {@code onRead} must not throw.
     */
    public ReadAheadItemReader(
            AbstractItemCountingItemStreamItemReader<T> delegate, int capacity, Consumer<? super T> onRead) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.delegate = delegate;
        this.ahead = new ArrayBlockingQueue<>(capacity);
        this.onRead = onRead;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        delegate.open(executionContext);
        handedOver = delegate.getCurrentItemCount();
        ended = false;
        stopping = false;
    }

    @Override
    public @Nullable T read() throws Exception {
        if (ended) {
            return null;
        }
        if (thread == null) {
            thread = Thread.ofPlatform()
                    .name(delegate.getName() + "-read-ahead")
                    .daemon()
                    .start(this::readAhead);
        }
        return switch (ahead.take()) {
            case Item<T> item -> {
                handedOver++;
                yield item.item();
            }
            case Failure<T> failure -> {
                handedOver++;
                throw failure.failure();
            }
            case End<T> end -> {
                ended = true;
                yield null;
            }
        };
    }

    private void readAhead() {
        try {
            while (!stopping) {
                Entry<T> entry;
                try {
                    var item = delegate.read();
                    if (item != null) {
                        onRead.accept(item);
                    }
                    entry = item == null ? new End<>() : new Item<>(item);
                } catch (Exception e) {
                    entry = new Failure<>(e);
                } catch (Error e) {
                    entry = new Failure<>(
                            new ItemStreamException("read-ahead of " + delegate.getName() + " failed", e));
                }
                ahead.put(entry);
                if (entry instanceof End) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void update(ExecutionContext executionContext) {
        if (delegate.isSaveState()) {
            executionContext.putInt(delegate.getExecutionContextKey(READ_COUNT), handedOver);
        }
    }

    @Override
    public void close() {
        stopping = true;
        var running = thread;
        thread = null;
        if (running != null) {
            running.interrupt();
            try {
                running.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ItemStreamException("interrupted while stopping the read-ahead of " + delegate.getName(), e);
            }
        }
        ahead.clear();
        delegate.close();
    }
}
