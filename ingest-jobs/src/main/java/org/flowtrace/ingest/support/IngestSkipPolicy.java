package org.flowtrace.ingest.support;

import org.flowtrace.ingest.MalformedRecordException;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.batch.core.step.skip.SkipLimitExceededException;
import org.springframework.batch.core.step.skip.SkipPolicy;
import org.springframework.batch.infrastructure.item.file.FlatFileParseException;

/**
 * Skips data errors only, up to a limit: malformed records, unparseable lines, and records the graph
 * refuses because they contradict a key constraint (e.g. one transfer id claimed by two different
 * pairs of accounts). Everything else — a bug, an unreachable database — fails the step.
 */
public final class IngestSkipPolicy implements SkipPolicy {

    private static final String CONSTRAINT_VIOLATION = "Neo.ClientError.Schema.ConstraintValidationFailed";

    private final long limit;

    public IngestSkipPolicy(long limit) {
        this.limit = limit;
    }

    @Override
    public boolean shouldSkip(Throwable t, long skipCount) {
        if (!isDataError(t)) {
            return false;
        }
        if (skipCount >= limit) {
            throw new SkipLimitExceededException(limit, t);
        }
        return true;
    }

    static boolean isDataError(Throwable t) {
        return t instanceof MalformedRecordException
                || t instanceof FlatFileParseException
                || (t instanceof ClientException client && CONSTRAINT_VIOLATION.equals(client.code()));
    }
}
