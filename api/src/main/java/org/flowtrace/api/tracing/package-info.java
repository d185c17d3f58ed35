/**
 * How traces and restitution schedules are written: a table, JSON or CSV for a trace; the CSV
 * schedule a court annexes; one self-contained HTML page (inline CSS and SVG, nothing fetched) with a
 * flow picture per victim; and the readers of the victims and recovered-assets files.
 */
@NullMarked
package org.flowtrace.api.tracing;

import org.jspecify.annotations.NullMarked;
