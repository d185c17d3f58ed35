/**
 * Ingest runs over REST ({@code /api/v1/ingest-runs}): the runs of the Spring Batch job repository with
 * their counts, progress and rejects, and new runs of files in the server's inbox folder, loaded one at
 * a time in the background. Nothing outside the inbox can be loaded, and no answer names a server path
 * outside it.
 */
@NullMarked
package org.flowtrace.api.web.ingest;

import org.jspecify.annotations.NullMarked;
