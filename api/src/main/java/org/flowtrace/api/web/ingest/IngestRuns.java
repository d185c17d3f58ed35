package org.flowtrace.api.web.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.NoSuchElementException;
import java.util.regex.Pattern;
import org.flowtrace.api.web.Paging;
import org.flowtrace.ingest.IngestException;
import org.flowtrace.ingest.support.IngestParameters;
import org.flowtrace.ingest.support.IngestRunRecorder;
import org.flowtrace.ingest.support.IngestSteps;
import org.flowtrace.ingest.support.RejectedRecord;
import org.flowtrace.ingest.support.StepCounts;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.NoSuchJobException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the ingest runs from the Spring Batch job repository (every job there is an ingest job) and
 * their rejects files. A run is a job execution, named {@code <job>-<execution id>}.
 */
@Component
class IngestRuns {

    private static final Pattern RUN_ID = Pattern.compile("([a-z0-9][a-z0-9-]*)-([0-9]{1,18})");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JobRepository repository;
    private final IngestSteps steps;
    private final Inbox inbox;

    IngestRuns(JobRepository repository, IngestSteps steps, Inbox inbox) {
        this.repository = repository;
        this.steps = steps;
        this.inbox = inbox;
    }

    /** A page of the runs, newest first. */
    Paging.Page<IngestRunViews.Summary> list(Paging paging) {
        record Run(long executionId) {}
        var runs = new ArrayList<Run>();
        for (var job : repository.getJobNames()) {
            for (var instance : repository.getJobInstances(job, 0, instanceCount(job))) {
                for (var execution : repository.findJobExecutions(instance)) {
                    runs.add(new Run(execution.getId()));
                }
            }
        }
        runs.sort(Comparator.comparingLong(Run::executionId).reversed());
        var items = runs.stream()
                .skip(paging.skip())
                .limit(paging.size())
                .map(run -> executionOrNull(run.executionId()))
                .filter(execution -> execution != null)
                .map(this::summary)
                .toList();
        return new Paging.Page<>(items, paging.page(), paging.size(), runs.size());
    }

    /** One run, or a {@link NoSuchElementException}. */
    IngestRunViews.Detail find(String runId) {
        var execution = execution(runId);
        var summary = summary(execution);
        var parameters = execution.getJobParameters();
        var inputBytes = parameters.getLong(IngestParameters.BYTES);
        var stepViews = new ArrayList<IngestRunViews.Step>();
        for (var step : execution.getStepExecutions()) {
            stepViews.add(new IngestRunViews.Step(
                    step.getStepName(),
                    step.getStatus().name(),
                    instant(step.getStartTime()),
                    instant(step.getEndTime()),
                    step.getReadCount(),
                    step.getWriteCount(),
                    step.getSkipCount(),
                    step.getFilterCount(),
                    step.getCommitCount(),
                    step.getRollbackCount()));
        }
        var progress = new IngestRunViews.Progress(
                summary.read(),
                inputBytes,
                execution.getStatus() == BatchStatus.COMPLETED ? Double.valueOf(1.0) : null,
                rate(summary));
        return new IngestRunViews.Detail(
                summary.runId(),
                summary.job(),
                summary.input(),
                summary.status(),
                instant(execution.getCreateTime()),
                summary.startTime(),
                summary.endTime(),
                summary.read(),
                summary.written(),
                summary.skipped(),
                summary.failure(),
                summary.rejects(),
                summary.rejectedLines(),
                StepCounts.of(execution),
                progress,
                stepViews);
    }

    /** A page of a run's rejected records; a {@link NoSuchElementException} if the run has none. */
    Paging.Page<RejectedRecord> rejects(String runId, Paging paging) {
        var execution = execution(runId);
        var file = steps.rejectsFile(IngestRunRecorder.runId(execution));
        if (!Files.isRegularFile(file)) {
            throw new NoSuchElementException("run " + runId + " has no rejects");
        }
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            var all = lines.filter(line -> !line.isBlank()).toList();
            var items = all.stream()
                    .skip(paging.skip())
                    .limit(paging.size())
                    .map(line -> JSON.readValue(line, RejectedRecord.class))
                    .map(rejected -> new RejectedRecord(
                            inbox.shown(rejected.file()),
                            rejected.locator(),
                            rejected.field(),
                            inbox.withoutLocation(rejected.reason()),
                            rejected.phase()))
                    .toList();
            return new Paging.Page<>(items, paging.page(), paging.size(), all.size());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the rejects of run " + runId, e);
        }
    }

    /** The execution of a run id, or a {@link NoSuchElementException}. */
    JobExecution execution(String runId) {
        var matcher = RUN_ID.matcher(runId);
        if (matcher.matches()) {
            var execution = executionOrNull(Long.parseLong(matcher.group(2)));
            if (execution != null && execution.getJobInstance().getJobName().equals(matcher.group(1))) {
                return execution;
            }
        }
        throw new NoSuchElementException("no ingest run " + runId);
    }

    /** Batch 6's JDBC repository throws rather than answer null for an unknown execution id. */
    private @Nullable JobExecution executionOrNull(long id) {
        try {
            return repository.getJobExecution(id);
        } catch (EmptyResultDataAccessException e) {
            return null;
        }
    }

    private IngestRunViews.Summary summary(JobExecution execution) {
        var totals = StepCounts.totals(execution);
        var runId = IngestRunRecorder.runId(execution);
        var input = execution.getJobParameters().getString(IngestParameters.INPUT);
        var rejects = steps.rejectsFile(runId);
        long rejectedLines = lines(rejects);
        return new IngestRunViews.Summary(
                runId,
                execution.getJobInstance().getJobName(),
                input == null ? "(unknown)" : inbox.shown(input),
                execution.getStatus().name(),
                instant(execution.getStartTime()),
                instant(execution.getEndTime()),
                totals.read(),
                totals.written(),
                totals.skipped(),
                failure(execution, input),
                Files.isRegularFile(rejects),
                rejectedLines);
    }

    /** Why a failed run failed: the message of the ingest exception behind it, else the failure's own. */
    private @Nullable String failure(JobExecution execution, @Nullable String input) {
        if (execution.getStatus() != BatchStatus.FAILED) {
            return null;
        }
        for (var failure : execution.getAllFailureExceptions()) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof IngestException ingest) {
                    return hidePaths(String.valueOf(ingest.getMessage()), input);
                }
            }
        }
        var description = execution.getExitStatus().getExitDescription();
        if (description.isBlank()) {
            return "failed";
        }
        // the stored exit description is a stack trace: its first line says what failed
        return hidePaths(description.lines().findFirst().orElse("failed"), input);
    }

    /** A message naming the run's source as {@link Inbox#shown(String)} does, and no inbox location. */
    private String hidePaths(String message, @Nullable String input) {
        var hidden = input == null || input.isBlank() ? message : message.replace(input, inbox.shown(input));
        return inbox.withoutLocation(hidden);
    }

    private int instanceCount(String job) {
        try {
            return (int) Math.min(Integer.MAX_VALUE, repository.getJobInstanceCount(job));
        } catch (NoSuchJobException e) {
            return 0;
        }
    }

    private static long lines(Path file) {
        if (!Files.isRegularFile(file)) {
            return 0;
        }
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.filter(line -> !line.isBlank()).count();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rejects file " + file.getFileName(), e);
        }
    }

    private static @Nullable Long rate(IngestRunViews.Summary run) {
        if (run.startTime() == null) {
            return null;
        }
        var end = run.endTime() == null ? Instant.now() : run.endTime();
        var millis = Math.max(1, Duration.between(run.startTime(), end).toMillis());
        return Math.round(run.read() * 1000.0 / millis);
    }

    private static @Nullable Instant instant(@Nullable LocalDateTime time) {
        return time == null ? null : time.atZone(ZoneId.systemDefault()).toInstant();
    }
}
