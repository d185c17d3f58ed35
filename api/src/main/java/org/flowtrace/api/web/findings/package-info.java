/** Findings over REST: the ranked list, and one finding with its evidence subgraph. */
@NullMarked
package org.flowtrace.api.web.findings;

import org.jspecify.annotations.NullMarked;
