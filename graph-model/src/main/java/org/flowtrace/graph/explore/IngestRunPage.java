package org.flowtrace.graph.explore;

import java.util.List;

/**
 * One page of ingest runs.
 *
 * @param items the runs of this page, newest first
 * @param page the page number, from 0
 * @param size the page size asked for
 * @param total how many runs there are
 */
public record IngestRunPage(List<IngestRunSummary> items, int page, int size, long total) {

    public IngestRunPage {
        items = List.copyOf(items);
    }
}
