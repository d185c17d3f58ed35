/** Traces and restitution schedules over REST (analytics {@code tracing}; formats as docs/tracing.md). */
@NullMarked
package org.flowtrace.api.web.tracing;

import org.jspecify.annotations.NullMarked;
