/**
 * Ingest jobs: one Spring Batch job per source format (goAML, ledgers, ISO 20022, chains, ownership,
 * watchlists), each reading its files, rejecting bad records with reasons, and writing the graph
 * through the writers of graph-model.
 */
@NullMarked
package org.flowtrace.ingest;

import org.jspecify.annotations.NullMarked;
