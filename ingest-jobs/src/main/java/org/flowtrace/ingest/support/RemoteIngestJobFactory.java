package org.flowtrace.ingest.support;

import org.springframework.batch.core.job.Job;

/**
 * Builds the job that loads from a remote source (a node, an API) rather than a file. As with
 * {@link IngestJobFactory}, jobs are built per run; the job name and the source's identity (its
 * SHA-256, see {@link RemoteSource}) make a later run with the same request resume an interrupted one.
 */
public interface RemoteIngestJobFactory {

    /** The job name, also the prefix of its run ids. */
    String jobName();

    /** The job that loads what {@code source} asks for. */
    Job create(RemoteSource source);
}
