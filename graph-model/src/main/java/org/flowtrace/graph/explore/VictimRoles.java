package org.flowtrace.graph.explore;

import java.util.Map;

/**
 * How the graph marks a possible victim of trafficking: the role {@value #ROLE} in a {@value #TYPOLOGY}
 * finding, or the role {@value #ROLE_ELSEWHERE} that {@code FindingWriter.replaceRoles} gives it in every
 * other finding. The same strings as analytics' {@code CoercedWorkerIndicators}, which graph-model cannot
 * depend on.
 */
final class VictimRoles {

    static final String TYPOLOGY = "POSSIBLE_TRAFFICKING_VICTIM";
    static final String ROLE = "possible victim";
    static final String ROLE_ELSEWHERE = "possible trafficking victim";

    /** The Cypher condition on {@code f} (a finding) and {@code r} (its INVOLVES), with {@link #PARAMETERS}. */
    static final String CONDITION =
            "((f.typology = $victimTypology AND r.role = $victimRole) OR r.role = $victimRoleElsewhere)";

    static final Map<String, Object> PARAMETERS =
            Map.of("victimTypology", TYPOLOGY, "victimRole", ROLE, "victimRoleElsewhere", ROLE_ELSEWHERE);

    private VictimRoles() {}

    static boolean isVictim(String typology, String role) {
        return (TYPOLOGY.equals(typology) && ROLE.equals(role)) || ROLE_ELSEWHERE.equals(role);
    }
}
