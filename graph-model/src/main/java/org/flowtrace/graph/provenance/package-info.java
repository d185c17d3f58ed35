/**
 * The chain of custody: ingest runs, the sources they read (by SHA-256), the {@code prov} entries
 * every element carries, and the one documented query that answers "where does this come from?".
 */
@NullMarked
package org.flowtrace.graph.provenance;

import org.jspecify.annotations.NullMarked;
