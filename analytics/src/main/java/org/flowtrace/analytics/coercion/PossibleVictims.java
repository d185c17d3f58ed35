package org.flowtrace.analytics.coercion;

import java.util.List;
import java.util.Map;
import org.flowtrace.graph.connection.GraphConnection;

/**
 * The possible victims of trafficking the findings hold, for every output that lists findings or
 * suspects: each {@value CoercedWorkerIndicators#TYPOLOGY} finding with the accounts, wallets and persons
 * it marks, strongest first, and the reminder every such output carries ({@link #NON_PUNISHMENT}).
 */
public final class PossibleVictims {

    /** The line each output shows with the possible victims. */
    public static final String NON_PUNISHMENT = "Non-punishment principle: victims of trafficking should not be"
            + " punished for unlawful acts they were compelled to commit (UN Trafficking in Persons Protocol and the"
            + " UN Recommended Principles on Human Rights and Human Trafficking, principle 7; ASEAN Convention against"
            + " Trafficking in Persons, art. 14(7)). These are possible victims, not suspects.";

    /** One finding: whom it marks (account and wallet keys, persons' names) and why. */
    public record PossibleVictim(String findingKey, double score, List<String> victims, String explanation) {
        public PossibleVictim {
            victims = List.copyOf(victims);
        }
    }

    private static final String QUERY = """
            MATCH (f:Finding {typology: $typology})
            RETURN f.key AS key, f.score AS score, f.explanation AS explanation,
                   COLLECT { MATCH (f)-[r:INVOLVES {role: $role}]->(n)
                             RETURN CASE WHEN n:Party THEN coalesce(n.name, n.key) ELSE n.key END AS victim
                             ORDER BY victim } AS victims
            ORDER BY score DESC, key
            """;

    private PossibleVictims() {}

    public static List<PossibleVictim> of(GraphConnection graph) {
        return graph
                .readQuery(QUERY)
                .withParameters(Map.of(
                        "typology", CoercedWorkerIndicators.TYPOLOGY, "role", CoercedWorkerIndicators.VICTIM_ROLE))
                .execute()
                .records()
                .stream()
                .map(r -> new PossibleVictim(
                        r.get("key").asString(),
                        r.get("score").asDouble(),
                        r.get("victims").asList(v -> v.asString()),
                        r.get("explanation").asString()))
                .toList();
    }
}
