package org.flowtrace.ingest.support;

import java.time.Duration;
import java.util.function.DoubleSupplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Prints a step's progress at most once per interval: records read, written, skipped, the rate and,
 * when the reader can tell how much of its source it has consumed, an ETA.
 */
public final class ProgressListener implements ChunkListener<Object, Object>, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(ProgressListener.class);

    private final Duration interval;
    private final boolean quiet;
    private final @Nullable DoubleSupplier fractionDone;
    private @Nullable StepExecution step;
    private long startedNanos;
    private long lastPrintNanos;

    /**
     * @param fractionDone share of the source consumed (0–1), or {@code null} when unknown
     */
    public ProgressListener(Duration interval, boolean quiet, @Nullable DoubleSupplier fractionDone) {
        this.interval = interval;
        this.quiet = quiet;
        this.fractionDone = fractionDone;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        this.step = stepExecution;
        this.startedNanos = System.nanoTime();
        this.lastPrintNanos = startedNanos;
    }

    @Override
    public void afterChunk(Chunk<Object> chunk) {
        maybePrint();
    }

    @Override
    public void afterChunk(ChunkContext context) {
        maybePrint();
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (!quiet) {
            print(stepExecution, System.nanoTime(), true);
        }
        return stepExecution.getExitStatus();
    }

    private synchronized void maybePrint() {
        var now = System.nanoTime();
        if (quiet || step == null || now - lastPrintNanos < interval.toNanos()) {
            return;
        }
        lastPrintNanos = now;
        print(step, now, false);
    }

    private void print(StepExecution execution, long now, boolean done) {
        double seconds = Math.max((now - startedNanos) / 1e9, 1e-3);
        long read = execution.getReadCount();
        long rate = Math.round(read / seconds);
        var eta = "";
        if (!done && fractionDone != null) {
            double fraction = fractionDone.getAsDouble();
            if (fraction > 0.001 && fraction < 1) {
                eta = ", ETA " + format(Duration.ofSeconds(Math.round(seconds * (1 - fraction) / fraction)));
            }
        }
        log.info(
                "{} {}: {} read, {} written, {} skipped, {}/s{}",
                execution.getStepName(),
                done ? "done" : "progress",
                read,
                execution.getWriteCount(),
                execution.getSkipCount(),
                rate,
                eta);
    }

    private static String format(Duration d) {
        return d.toHours() > 0
                ? "%d:%02d:%02d".formatted(d.toHours(), d.toMinutesPart(), d.toSecondsPart())
                : "%d:%02d".formatted(d.toMinutesPart(), d.toSecondsPart());
    }
}
