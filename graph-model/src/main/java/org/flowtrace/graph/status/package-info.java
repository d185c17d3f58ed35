/** What the graph holds right now: server version and edition, counts per label and type, recent ingest runs. */
@NullMarked
package org.flowtrace.graph.status;

import org.jspecify.annotations.NullMarked;
