package org.flowtrace.graph.explore;

import java.util.List;

/**
 * One page of search hits.
 *
 * @param items the hits of this page, exact matches first, then prefix matches, then the rest, each by label
 * @param page the page number, from 0
 * @param size the page size asked for
 * @param total how many hits there are on all pages
 */
public record SearchPage(List<SearchHit> items, int page, int size, long total) {

    public SearchPage {
        items = List.copyOf(items);
    }
}
