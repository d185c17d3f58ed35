package org.flowtrace.graph.party;

import java.util.List;
import java.util.Map;
import org.flowtrace.graph.AmbiguousPartyException;
import org.flowtrace.graph.UnknownPartyException;
import org.flowtrace.graph.connection.GraphConnection;

/**
 * Finds a party as an analyst names it: by its key, else by its name or one of its aliases (exact,
 * case-insensitive). A name shared by several parties is refused with the candidates listed, never
 * guessed.
 */
public final class PartyLookup {

    private static final String BY_KEY = """
            MATCH (p:Party {key: $key})
            RETURN p.key AS key, coalesce(p.name, p.key) AS name, p:Person AS person
            """;

    private static final String BY_NAME = """
            MATCH (p:Party)
            WHERE toLower(p.name) = toLower($name)
               OR any(alias IN coalesce(p.aliases, []) WHERE toLower(alias) = toLower($name))
            RETURN p.key AS key, coalesce(p.name, p.key) AS name, p:Person AS person
            ORDER BY key
            LIMIT 50
            """;

    private final GraphConnection graph;

    public PartyLookup(GraphConnection graph) {
        this.graph = graph;
    }

    /**
     * The party with this key, else the one party with this name or alias.
     *
     * @throws UnknownPartyException when no party has this key or name
     * @throws AmbiguousPartyException when several parties have this name
     */
    public PartySummary find(String keyOrName) {
        var byKey = read(BY_KEY, Map.of("key", keyOrName));
        if (byKey.size() == 1) {
            return byKey.getFirst();
        }
        var byName = read(BY_NAME, Map.of("name", keyOrName.strip()));
        if (byName.isEmpty()) {
            throw new UnknownPartyException(keyOrName, true);
        }
        if (byName.size() > 1) {
            throw new AmbiguousPartyException(
                    keyOrName,
                    byName.stream().map(p -> p.key() + " (" + p.name() + ")").toList());
        }
        return byName.getFirst();
    }

    private List<PartySummary> read(String query, Map<String, Object> parameters) {
        return graph.readQuery(query).withParameters(parameters).execute().records().stream()
                .map(r -> new PartySummary(
                        r.get("key").asString(),
                        r.get("name").asString(),
                        r.get("person").asBoolean()))
                .toList();
    }
}
