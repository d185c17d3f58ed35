package org.flowtrace.analytics.coercion;

import java.util.List;
import java.util.Map;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.model.EndpointLabel;

/**
 * The accounts and wallets the findings point at as suspects, strongest first: each by its strongest
 * finding, then by how many findings involve it. Never a possible victim of trafficking (an endpoint a
 * {@value CoercedWorkerIndicators#TYPOLOGY} finding marks, whatever its role elsewhere), never a role in
 * which money is lost rather than laundered ({@code payer}, {@code sender}: fraud victims and families),
 * never an exchange's custodial wallet (a place to send a freeze request, not a launderer).
 */
public final class SuspectRanking {

    /** One suspect: an account or wallet with its strongest finding's score and what the findings say it did. */
    public record Suspect(
            EndpointLabel label, String key, double score, long findings, List<String> typologies, List<String> roles) {
        public Suspect {
            typologies = List.copyOf(typologies);
            roles = List.copyOf(roles);
        }
    }

    /** Roles that do not make a suspect. */
    static final List<String> NOT_SUSPECT_ROLES =
            List.of("payer", "sender", CoercedWorkerIndicators.VICTIM_ROLE, CoercedWorkerIndicators.ROLE_ELSEWHERE);

    private static final String QUERY = """
            MATCH (f:Finding)-[r:INVOLVES]->(n)
            WHERE (n:Account OR n:Wallet) AND f.typology <> $victims AND NOT r.role IN $notSuspects
              AND NOT coalesce(n.custodial, false)
              AND NOT EXISTS { MATCH (n)<-[:INVOLVES {role: $victimRole}]-(:Finding {typology: $victims}) }
            WITH n, max(f.score) AS score, count(DISTINCT f) AS findings,
                 collect(DISTINCT f.typology) AS typologies, collect(DISTINCT r.role) AS roles
            RETURN n.key AS key, n:Wallet AS wallet, score, findings, typologies, roles
            ORDER BY score DESC, findings DESC, key
            LIMIT $top
            """;

    private SuspectRanking() {}

    /** The {@code top} strongest suspects. */
    public static List<Suspect> top(GraphConnection graph, int top) {
        return graph
                .readQuery(QUERY)
                .withParameters(Map.of(
                        "victims",
                        CoercedWorkerIndicators.TYPOLOGY,
                        "victimRole",
                        CoercedWorkerIndicators.VICTIM_ROLE,
                        "notSuspects",
                        NOT_SUSPECT_ROLES,
                        "top",
                        top))
                .execute()
                .records()
                .stream()
                .map(r -> new Suspect(
                        r.get("wallet").asBoolean() ? EndpointLabel.WALLET : EndpointLabel.ACCOUNT,
                        r.get("key").asString(),
                        r.get("score").asDouble(),
                        r.get("findings").asLong(),
                        r.get("typologies").asList(v -> v.asString()).stream()
                                .sorted()
                                .toList(),
                        r.get("roles").asList(v -> v.asString()).stream()
                                .sorted()
                                .toList()))
                .toList();
    }
}
