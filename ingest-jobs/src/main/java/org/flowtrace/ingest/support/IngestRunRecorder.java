package org.flowtrace.ingest.support;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.model.IngestRun;
import org.flowtrace.graph.model.SourceFile;
import org.flowtrace.graph.provenance.IngestRunWriter;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Records every ingest run in the graph ({@code (:IngestRun)-[:READ]->(:SourceFile)}) when it starts,
 * and its status and counts when it ends, so that every {@code prov} entry names a run that exists.
 */
@Component
public class IngestRunRecorder implements JobExecutionListener {

    private final IngestRunWriter runs;

    public IngestRunRecorder(GraphConnection graph) {
        this.runs = new IngestRunWriter(graph);
    }

    /** The run id of an execution: {@code <job>-<execution id>}. */
    public static String runId(JobExecution execution) {
        return execution.getJobInstance().getJobName() + "-" + execution.getId();
    }

    @Override
    public void beforeJob(JobExecution execution) {
        var params = execution.getJobParameters();
        var started = execution.getStartTime() == null
                ? Instant.now()
                : execution.getStartTime().atZone(ZoneId.systemDefault()).toInstant();
        runs.begin(
                new IngestRun(runId(execution), execution.getJobInstance().getJobName(), started), params.toString());
        var input = params.getString(IngestParameters.INPUT);
        var sha256 = params.getString(IngestParameters.SHA256);
        if (input != null && sha256 != null) {
            var bytes = params.getLong(IngestParameters.BYTES);
            runs.read(runId(execution), new SourceFile(sha256, uri(input), bytes == null ? -1 : bytes));
        }
    }

    @Override
    public void afterJob(JobExecution execution) {
        var counts = new LinkedHashMap<String, Long>();
        counts.put("read", 0L);
        counts.put("written", 0L);
        counts.put("skipped", 0L);
        for (var step : execution.getStepExecutions()) {
            counts.merge("read", step.getReadCount(), Long::sum);
            counts.merge("written", step.getWriteCount(), Long::sum);
            counts.merge("skipped", step.getSkipCount(), Long::sum);
        }
        counts.putAll(StepCounts.of(execution));
        runs.finish(runId(execution), execution.getStatus().name(), Map.copyOf(counts));
    }

    private static String uri(String input) {
        return input.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*")
                ? URI.create(input).toString()
                : Path.of(input).toUri().toString();
    }
}
