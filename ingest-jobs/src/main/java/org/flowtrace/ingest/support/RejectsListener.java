package org.flowtrace.ingest.support;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.SkipListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Writes every skipped record of a step to the run's {@link RejectsFile}: a skip is never silent. The
 * file is {@code <rejects-dir>/<job>-<run>.jsonl}, named when the step starts. One instance serves one
 * run.
 */
public final class RejectsListener implements SkipListener<Object, Object>, StepExecutionListener {

    private final Path rejectsDir;
    private final String input;
    private @Nullable RejectsFile rejects;

    public RejectsListener(Path rejectsDir, String input) {
        this.rejectsDir = rejectsDir;
        this.input = input;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        var job = stepExecution.getJobExecution();
        boolean laterStep = job.getStepExecutions().stream()
                .anyMatch(step -> !step.getStepName().equals(stepExecution.getStepName()));
        rejects = new RejectsFile(rejectsDir.resolve(IngestRunRecorder.runId(job) + ".jsonl"), laterStep);
    }

    private RejectsFile rejects() {
        if (rejects == null) {
            throw new IllegalStateException("rejects listener used outside its step");
        }
        return rejects;
    }

    @Override
    public void onSkipInRead(Throwable t) {
        rejects().append(describe(t, "read", null));
    }

    @Override
    public void onSkipInProcess(Object item, Throwable t) {
        rejects().append(describe(t, "process", item));
    }

    @Override
    public void onSkipInWrite(Object item, Throwable t) {
        rejects().append(describe(t, "write", item));
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        var file = rejects();
        stepExecution
                .getExecutionContext()
                .putString("rejects.file", file.path().toString());
        file.close();
        return stepExecution.getExitStatus();
    }

    private RejectedRecord describe(Throwable t, String phase, @Nullable Object item) {
        return RejectedRecord.of(t, input, phase, item);
    }
}
