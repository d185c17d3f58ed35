/**
 * Writing transfers and their endpoints: batched {@code UNWIND … MERGE} on constrained keys, so a
 * chunk written twice leaves the graph as it was.
 */
@NullMarked
package org.flowtrace.graph.transfer;

import org.jspecify.annotations.NullMarked;
