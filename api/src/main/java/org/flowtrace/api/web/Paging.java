package org.flowtrace.api.web;

import java.util.List;

/**
 * Page and size of a list request, validated: page from 0, size from 1 to the endpoint's maximum.
 *
 * @param page the page, from 0
 * @param size items per page
 */
public record Paging(int page, int size) {

    /** A page of a list answer: {@code {"items": […], "page": 0, "size": 20, "total": 57}}. */
    public record Page<T>(List<T> items, int page, int size, long total) {}

    /** The paging asked for, or an {@link IllegalArgumentException} saying what is allowed. */
    public static Paging of(int page, int size, int maxSize) {
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more");
        }
        if (size < 1 || size > maxSize) {
            throw new IllegalArgumentException("size must be between 1 and " + maxSize);
        }
        return new Paging(page, size);
    }

    /** Items before this page. */
    public int skip() {
        return Math.multiplyExact(page, size);
    }
}
