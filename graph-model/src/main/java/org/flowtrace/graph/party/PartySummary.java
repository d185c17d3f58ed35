package org.flowtrace.graph.party;

import java.util.Objects;

/**
 * A party as outputs name it: its key, its name (the key when it has none) and whether it is a
 * person (else an organisation, or a party named only by reference).
 */
public record PartySummary(String key, String name, boolean person) {

    public PartySummary {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
    }
}
