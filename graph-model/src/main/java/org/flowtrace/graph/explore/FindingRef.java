package org.flowtrace.graph.explore;

import java.util.Objects;

/**
 * A finding an element is in.
 *
 * @param key the finding's key
 * @param typology what it found ({@code FAN_IN}, {@code POSSIBLE_TRAFFICKING_VICTIM} …)
 * @param score 0 (weak) to 1 (strong)
 * @param role the element's role in it ({@code mule}, {@code possible victim} …; {@code evidence} for a
 *     transfer the finding rests on)
 * @param explanation the finding's explanation in plain language
 */
public record FindingRef(String key, String typology, double score, String role, String explanation) {

    public FindingRef {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(typology, "typology");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(explanation, "explanation");
    }
}
