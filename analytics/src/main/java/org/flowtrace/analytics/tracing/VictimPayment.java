package org.flowtrace.analytics.tracing;

import java.util.Objects;

/** One payment a victim made, by the id of its transfer in the graph; a victim may have several. */
public record VictimPayment(String victim, String name, String transferId) {

    public VictimPayment {
        Objects.requireNonNull(victim, "victim");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(transferId, "transferId");
        if (victim.isBlank() || transferId.isBlank()) {
            throw new IllegalArgumentException("a victim payment needs a victim and a transfer id");
        }
    }
}
