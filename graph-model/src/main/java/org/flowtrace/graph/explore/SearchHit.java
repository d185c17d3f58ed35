package org.flowtrace.graph.explore;

import java.util.Objects;

/**
 * One element a search found.
 *
 * @param kind its kind
 * @param key its key (a transfer's id)
 * @param label what to show: a party's name, an account's or wallet's key, a transfer's id, a report's key
 * @param detail why it matched or what it is (the alias or identifier that matched, the chain, the report
 *     code, a transfer's amount and ends)
 */
public record SearchHit(ElementKind kind, String key, String label, String detail) {

    public SearchHit {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(detail, "detail");
    }
}
