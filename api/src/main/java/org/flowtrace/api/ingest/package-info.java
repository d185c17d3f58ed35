/**
 * The file formats flowtrace ingests ({@link org.flowtrace.api.ingest.IngestFormat}): for each, its job
 * factory, file name endings and options, shared by the {@code ingest} commands and the REST API's ingest
 * runs so that both accept the same formats the same way.
 */
@NullMarked
package org.flowtrace.api.ingest;

import org.jspecify.annotations.NullMarked;
