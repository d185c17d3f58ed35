package org.flowtrace.ingest.support;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * A step's processor run ahead, on the thread of a {@link ReadAheadItemReader}: each record is
 * processed as soon as it is read, so that processing the next chunk overlaps with writing the current
 * one, and the step only collects the outcome. The step still sees the processor's result or its
 * exception for each item, in file order, so skips, rejects and filtering behave as with the delegate
 * alone; an item with no outcome prepared (a chunk processed again after a failed write) is processed
 * on the step's thread.
 *
 * <p>The delegate is called from one thread at a time (the reader's, or the step's for an item with no
 * outcome prepared, under one lock), so it need not be thread-safe. It may be a
 * {@code StepExecutionListener}; this processor forwards the step's events to it
 * (the reader's thread starts on the first read, after {@code beforeStep}).
 */
public final class ProcessAheadItemProcessor<I, O> implements ItemProcessor<I, O>, StepExecutionListener {

    private sealed interface Outcome<O> {}

    private record Result<O>(@Nullable O value) implements Outcome<O> {}

    private record Failure<O>(Throwable failure) implements Outcome<O> {}

    private final ItemProcessor<I, O> delegate;
    /** Held around every call of the delegate. */
    private final Object processing = new Object();

    private final Map<I, Outcome<O>> prepared = Collections.synchronizedMap(new IdentityHashMap<>());

    public ProcessAheadItemProcessor(ItemProcessor<I, O> delegate) {
        this.delegate = delegate;
    }

    /** Processes {@code item} now, on the calling (reader's) thread, and keeps the outcome for the step. */
    public void prepare(I item) {
        Outcome<O> outcome;
        try {
            outcome = new Result<>(processNow(item));
        } catch (Exception | Error e) {
            outcome = new Failure<>(e);
        }
        prepared.put(item, outcome);
    }

    @Override
    public @Nullable O process(I item) throws Exception {
        return switch (prepared.remove(item)) {
            case null -> processNow(item);
            case Result<O> result -> result.value();
            case Failure<O>(Exception e) -> throw e;
            case Failure<O>(Error e) -> throw e;
            case Failure<O>(Throwable t) -> throw new IllegalStateException(t);
        };
    }

    private @Nullable O processNow(I item) throws Exception {
        synchronized (processing) {
            return delegate.process(item);
        }
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        prepared.clear();
        if (delegate instanceof StepExecutionListener listener) {
            listener.beforeStep(stepExecution);
        }
    }

    @Override
    public @Nullable ExitStatus afterStep(StepExecution stepExecution) {
        prepared.clear();
        return delegate instanceof StepExecutionListener listener ? listener.afterStep(stepExecution) : null;
    }
}
