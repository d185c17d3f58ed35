/**
 * Tracing and restitution: follows value forward from victims' payments or backward from where it
 * rests, allocating it at every account or wallet by a named rule ({@link
 * org.flowtrace.analytics.tracing.TaintAllocator}: poison, haircut, FIFO, LIFO, LIBR), in exact
 * decimal arithmetic and in time order, and turns the result into a restitution schedule with the
 * arithmetic shown. Definitions and worked examples: {@code docs/tracing.md}.
 */
@NullMarked
package org.flowtrace.analytics.tracing;

import org.jspecify.annotations.NullMarked;
