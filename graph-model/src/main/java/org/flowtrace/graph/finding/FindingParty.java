package org.flowtrace.graph.finding;

import java.util.Objects;

/**
 * A person or organisation a finding involves by its {@code :Party} key, and its role ({@code possible
 * victim} …): for findings about a party that holds no account or wallet in the graph, such as a person
 * a report names as a victim.
 */
public record FindingParty(String key, String role) {

    public FindingParty {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(role, "role");
    }
}
