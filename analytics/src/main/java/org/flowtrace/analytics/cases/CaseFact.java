package org.flowtrace.analytics.cases;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.flowtrace.graph.provenance.ProvenanceEntry;
import org.jspecify.annotations.Nullable;

/**
 * One fact of a case: a node or relationship of the graph, as the case pack shows it, with every source it
 * was read from (file or API, record locator, SHA-256, ingest run). A derived fact (a finding, a
 * {@code SAME_AS} of entity resolution) carries the sources of the facts it was derived from.
 *
 * @param key unique in the case: the node's key, the transfer's id, the relationship's key or
 *     {@code KIND:from>to}
 * @param label what to call it (a name, an amount, a typology)
 * @param from the key of the fact a relationship starts at, null for a node
 * @param to the key of the fact a relationship ends at, null for a node
 * @param at when it happened (a transfer, a finding's first transfer, a report's submission), if known
 * @param properties the element's own properties as text, by name (the provenance list left out)
 * @param sources where it was read; empty only when the graph holds no provenance for it
 */
public record CaseFact(
        String key,
        FactKind kind,
        String label,
        @Nullable String from,
        @Nullable String to,
        @Nullable Instant at,
        SortedMap<String, String> properties,
        List<ProvenanceEntry> sources) {

    public CaseFact {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        properties = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(properties));
        sources = List.copyOf(sources);
        if (kind.relationship() && (from == null || to == null)) {
            throw new IllegalArgumentException("a relationship fact needs both ends: " + key);
        }
    }

    /** A property, or the empty string. */
    public String property(String name) {
        return properties.getOrDefault(name, "");
    }
}
