package org.flowtrace.ingest.support;

/** Names of the job parameters every ingest job understands. */
public final class IngestParameters {

    /** Identifying: the source, an absolute file path or a URL. */
    public static final String INPUT = "input";

    /** Identifying: SHA-256 of the source file, so a changed file is a new job instance. */
    public static final String SHA256 = "input.sha256";

    /** Size of the source in bytes (for progress). */
    public static final String BYTES = "input.bytes";

    /** Identifying, only on a forced re-run: makes a new instance of an already completed load. */
    public static final String RERUN = "rerun";

    private IngestParameters() {}
}
