package org.flowtrace.api.web.ingest;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.flowtrace.api.ingest.IngestFormat;
import org.flowtrace.ingest.IngestException;
import org.flowtrace.ingest.support.IngestJobFactory;
import org.flowtrace.ingest.support.IngestLauncher;
import org.flowtrace.ingest.support.IngestParameters;
import org.flowtrace.ingest.support.IngestResult;
import org.flowtrace.ingest.support.IngestSteps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.support.TaskExecutorJobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Starts ingest runs of inbox files in the background, one at a time: a job execution is created at once
 * (status STARTING) and queued on a single thread, so a second request while a run is loading waits its
 * turn. {@link IngestLauncher} decides, as for the {@code ingest} commands, whether a file was already
 * loaded, or an interrupted run of it is resumed. On shutdown the running run is stopped at its next
 * chunk and queued ones are marked STOPPED, so a later request resumes them.
 */
@Component
class IngestQueue implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(IngestQueue.class);

    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(),
            runnable -> new Thread(runnable, "ingest-runs"));
    private final TaskExecutorJobOperator operator;
    private final IngestLauncher launcher;
    private final JobRepository repository;
    private final List<IngestJobFactory> factories;
    private final Inbox inbox;
    private final Set<Long> launched = new HashSet<>();

    IngestQueue(JobRepository repository, IngestSteps steps, List<IngestJobFactory> factories, Inbox inbox)
            throws Exception {
        this.operator = new TaskExecutorJobOperator();
        operator.setJobRepository(repository);
        operator.setJobRegistry(new MapJobRegistry());
        operator.setTaskExecutor(executor::execute);
        operator.afterPropertiesSet();
        this.launcher = new IngestLauncher(operator, repository, steps);
        this.repository = repository;
        this.factories = List.copyOf(factories);
        this.inbox = inbox;
    }

    /**
     * Queues the load of each file (all of the format, checked first); an {@link IllegalArgumentException}
     * names the first that is not, or that is being loaded by a run of this server.
     */
    synchronized List<IngestResult> start(
            IngestFormat format, List<Path> files, Map<String, String> options, boolean rerun) {
        var factory = factories.stream()
                .filter(format.factory()::isInstance)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no job factory for " + format.formatName()));
        for (var file : files) {
            try {
                factory.checkFormat(file, options);
            } catch (IngestException e) {
                throw new IllegalArgumentException(inbox.withoutLocation(String.valueOf(e.getMessage())));
            }
            refuseIfLoading(factory.jobName(), file);
        }
        var results = new ArrayList<IngestResult>();
        for (var file : files) {
            IngestResult result;
            try {
                result = launcher.launch(factory, file, options, rerun);
            } catch (IngestException e) {
                throw new IllegalArgumentException(inbox.withoutLocation(String.valueOf(e.getMessage())));
            }
            if (!"ALREADY_LOADED".equals(result.status())) {
                launched.add(executionId(result.runId()));
                log.info("Queued ingest run {}", result.runId());
            }
            results.add(result);
        }
        return results;
    }

    private void refuseIfLoading(String job, Path file) {
        for (var running : repository.findRunningJobExecutions(job)) {
            if (launched.contains(running.getId())
                    && file.toString().equals(running.getJobParameters().getString(IngestParameters.INPUT))) {
                throw new IllegalArgumentException(inbox.shown(file) + " is being loaded by run " + job + "-"
                        + running.getId() + "; wait for it to end");
            }
        }
    }

    private static long executionId(String runId) {
        return Long.parseLong(runId.substring(runId.lastIndexOf('-') + 1));
    }

    /**
     * Drops the queued runs, stops the running one at its next chunk and waits for it; runs that did not
     * end are marked STOPPED, so that loading their files again resumes them.
     */
    @Override
    public void destroy() throws InterruptedException {
        List<Long> ours;
        synchronized (this) {
            ours = List.copyOf(launched);
        }
        var dropped = new ArrayList<Runnable>();
        executor.getQueue().drainTo(dropped);
        executor.shutdown();
        for (var id : ours) {
            var execution = repository.getJobExecution(id);
            if (execution != null && execution.isRunning()) {
                try {
                    operator.stop(execution);
                } catch (JobExecutionNotRunningException e) {
                    // it ended meanwhile
                }
            }
        }
        if (!executor.awaitTermination(2, TimeUnit.MINUTES)) {
            log.warn("An ingest run did not stop within 2 minutes; it resumes when its file is loaded again");
            return;
        }
        for (var id : ours) {
            var execution = repository.getJobExecution(id);
            if (execution != null && execution.isRunning()) {
                execution.setStatus(BatchStatus.STOPPED);
                execution.setExitStatus(
                        ExitStatus.STOPPED.addExitDescription("the server stopped before the run began"));
                execution.setEndTime(LocalDateTime.now());
                repository.update(execution);
            }
        }
        if (!dropped.isEmpty()) {
            log.info(
                    "{} queued ingest runs were not started; they resume when their files are loaded again",
                    dropped.size());
        }
    }
}
