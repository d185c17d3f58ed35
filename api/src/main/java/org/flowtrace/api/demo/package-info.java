/**
 * The demo's self-contained HTML report: what the graph holds, what each ingest run read, the
 * findings, and a picture of the money flow drawn from the graph as inline SVG (no script, no network).
 */
@NullMarked
package org.flowtrace.api.demo;

import org.jspecify.annotations.NullMarked;
