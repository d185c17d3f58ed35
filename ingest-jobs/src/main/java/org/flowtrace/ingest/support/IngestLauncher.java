package org.flowtrace.ingest.support;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;
import org.flowtrace.graph.model.SourceFile;
import org.flowtrace.ingest.IngestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Loads one source: checks its format, then starts its job — or resumes the interrupted run of the
 * same source (same path and SHA-256) from its last committed chunk, or reports that a completed run
 * already loaded it. A run left {@code STARTED} by a process that died (e.g. {@code kill -9}) is
 * marked failed first; this process holds the data folder's lock, so no other process is running it.
 */
@Component
public class IngestLauncher {

    private static final Logger log = LoggerFactory.getLogger(IngestLauncher.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final IngestSteps steps;

    public IngestLauncher(JobOperator jobOperator, JobRepository jobRepository, IngestSteps steps) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.steps = steps;
    }

    /**
     * @param rerun load again even if a completed run loaded this source (writes are idempotent, so
     *     this adds nothing the source does not contain)
     */
    public IngestResult launch(IngestJobFactory factory, Path input, Map<String, String> options, boolean rerun) {
        var file = input.toAbsolutePath().normalize();
        factory.checkFormat(file, options);
        var source = SourceFile.of(file);
        var parameters = parameters(file.toString(), source, options, rerun);
        return launch(
                factory.jobName(),
                file.toString(),
                file.getFileName().toString(),
                parameters,
                () -> factory.create(file, options));
    }

    /**
     * Loads from a remote source (a node, an API): as for a file, a run with the same request resumes
     * an interrupted or stopped run from its checkpoint, and a completed one is not repeated unless
     * {@code rerun}.
     */
    public IngestResult launch(RemoteIngestJobFactory factory, RemoteSource source, boolean rerun) {
        var parameters = parameters(source.uri(), source.sourceFile(), source.request(), rerun);
        return launch(factory.jobName(), source.uri(), source.description(), parameters, () -> factory.create(source));
    }

    private IngestResult launch(
            String jobName, String input, String shown, JobParameters parameters, Supplier<Job> job) {
        var last = jobRepository.getLastJobExecution(jobName, parameters);
        if (last != null && last.getStatus().isRunning()) {
            log.info("Run {} of {} was interrupted; resuming it", IngestRunRecorder.runId(last), shown);
            jobOperator.recover(last);
        }
        if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
            return result(input, last, "ALREADY_LOADED");
        }
        try {
            var execution = jobOperator.start(job.get(), parameters);
            return result(input, execution, execution.getStatus().name());
        } catch (IngestException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("cannot start " + jobName + " for " + shown + ": " + e.getMessage(), e);
        }
    }

    private static JobParameters parameters(
            String input, SourceFile source, Map<String, String> options, boolean rerun) {
        var builder = new JobParametersBuilder()
                .addString(IngestParameters.INPUT, input, true)
                .addString(IngestParameters.SHA256, source.sha256(), true)
                .addLong(IngestParameters.BYTES, source.bytes(), false);
        options.forEach((key, value) -> builder.addString(key, value, false));
        if (rerun) {
            builder.addString(IngestParameters.RERUN, Instant.now().toString(), true);
        }
        return builder.toJobParameters();
    }

    private IngestResult result(String input, JobExecution execution, String status) {
        var totals = StepCounts.totals(execution);
        var runId = IngestRunRecorder.runId(execution);
        String failure = null;
        if (execution.getStatus() == BatchStatus.FAILED) {
            failure = execution.getAllFailureExceptions().stream()
                    .map(IngestLauncher::reason)
                    .findFirst()
                    .orElse(execution.getExitStatus().getExitDescription());
        }
        return new IngestResult(
                input,
                runId,
                status,
                totals.read(),
                totals.written(),
                totals.skipped(),
                steps.rejectsFile(runId),
                failure,
                StepCounts.of(execution));
    }

    /** The message of the ingest exception behind a failure (a source that failed), else the failure's own. */
    private static String reason(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IngestException ingest) {
                return ingest.getMessage();
            }
        }
        return failure.getMessage();
    }
}
