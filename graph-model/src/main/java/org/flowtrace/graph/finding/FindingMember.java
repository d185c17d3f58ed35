package org.flowtrace.graph.finding;

import java.util.Objects;
import org.flowtrace.graph.model.EndpointLabel;

/**
 * An account or wallet a finding involves, and its role in the pattern ({@code source},
 * {@code target}, {@code counterparty}, {@code mule}, {@code hop} …).
 */
public record FindingMember(EndpointLabel label, String key, String role) {

    public FindingMember {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(role, "role");
    }
}
