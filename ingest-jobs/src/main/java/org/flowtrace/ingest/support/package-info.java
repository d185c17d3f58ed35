/**
 * What every ingest job shares: chunked steps with explicit skip and retry policies, the rejects
 * file, progress reporting, the ingest-run record of the chain of custody, and the launcher that
 * starts, resumes or declines a run for one source.
 */
@NullMarked
package org.flowtrace.ingest.support;

import org.jspecify.annotations.NullMarked;
