/**
 * The evidence graph over REST: search, one element with its provenance and findings, its neighbourhood
 * for the graph explorer, and the provenance of any element (graph-model {@code explore}).
 */
@NullMarked
package org.flowtrace.api.web.explore;

import org.jspecify.annotations.NullMarked;
