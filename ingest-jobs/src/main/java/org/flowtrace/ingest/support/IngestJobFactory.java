package org.flowtrace.ingest.support;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.batch.core.job.Job;

/**
 * Builds the job of one source format for one source. Jobs are built per run because their readers,
 * processors and listeners hold that run's state; the job name and the identifying parameters (the
 * source and its checksum) are what make a later run resume an interrupted one.
 */
public interface IngestJobFactory {

    /** The job name, also the prefix of its run ids ({@code ledger}, {@code goaml} …). */
    String jobName();

    /** The job that loads {@code input} with these format options (e.g. a column mapping). */
    Job create(Path input, Map<String, String> options);

    /**
     * Checks, before any job starts, that the source is of this format (header, root element,
     * namespace …) and throws {@link org.flowtrace.ingest.SourceFormatException} when it is not.
     */
    default void checkFormat(Path input, Map<String, String> options) {}
}
