package org.flowtrace.analytics.ownership;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.flowtrace.graph.party.PartySummary;

/**
 * The current interests upstream of one company: every party that owns or controls it directly or
 * through others, and the interests between them (cycles included, as stated).
 *
 * @param truncated whether the reader stopped at its party limit before reaching every owner
 */
public record OwnershipStructure(
        PartySummary company, Map<String, PartySummary> parties, List<StatedInterest> interests, boolean truncated) {

    public OwnershipStructure {
        Objects.requireNonNull(company, "company");
        parties = Map.copyOf(parties);
        interests = List.copyOf(interests);
    }

    /** The party with this key, named by its key if the graph gave no name. */
    public PartySummary party(String key) {
        return parties.getOrDefault(key, new PartySummary(key, key, false));
    }
}
