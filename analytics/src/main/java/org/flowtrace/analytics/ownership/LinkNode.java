package org.flowtrace.analytics.ownership;

import java.util.List;
import java.util.Objects;

/**
 * A party, account or wallet on a path to an operator.
 *
 * @param kind {@code person}, {@code party}, {@code account} or {@code wallet}
 * @param designations the designations naming it ({@code list entry: program}, with their sources); a
 *     node with any is an operator target
 */
public record LinkNode(String key, String kind, String name, List<String> designations) {

    public LinkNode {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        designations = List.copyOf(designations);
    }

    /** Whether a list designates it. */
    public boolean designated() {
        return !designations.isEmpty();
    }

    /** The name and key, e.g. {@code Golden Naga Holdings Ltd [bods:record:golden-naga]}. */
    public String label() {
        return name.equals(key) ? key : name + " [" + key + "]";
    }
}
