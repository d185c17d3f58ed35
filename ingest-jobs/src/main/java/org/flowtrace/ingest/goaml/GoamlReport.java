package org.flowtrace.ingest.goaml;

import org.flowtrace.graph.report.ReportGraph;
import org.flowtrace.ingest.support.Locatable;

/** One report as loaded: where it was in the file, its key, and the facts it states. */
record GoamlReport(String locator, String key, ReportGraph graph) implements Locatable {}
