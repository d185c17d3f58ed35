package org.flowtrace.analytics.coercion;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flowtrace.graph.connection.GraphConnection;

/**
 * Indicator {@link Indicator#SHARED_IDENTIFIERS}: the holder of an account or wallet shares a phone
 * number, e-mail address or device ({@code sharedIdentifierKinds}, the prefix of the {@code :Identifier}
 * key) with other persons, and together they hold or control at least {@code minSharedEndpoints} accounts
 * and wallets — one handler controls them (FATF 2018, "Financial flows from human trafficking": the same
 * phone or e-mail for several unrelated account holders). Organisations are left out (a company's
 * officers share its phone); addresses are left out (families and registered agents share them).
 */
final class SharedIdentifiers {

    private static final String QUERY = """
            MATCH (i:Identifier)<-[:HAS_IDENTIFIER]-(p:Person)
            WHERE split(i.key, ':')[0] IN $kinds
            WITH i, collect(DISTINCT p) AS holders
            WHERE size(holders) >= 2
            UNWIND holders AS p
            MATCH (p)-[:HOLDS|CONTROLS_WALLET]->(e)
            WHERE e:Account OR e:Wallet
            WITH i, size(holders) AS persons, collect(DISTINCT e) AS endpoints
            WHERE size(endpoints) >= $minEndpoints
            UNWIND endpoints AS e
            RETURN e.key AS key, e:Wallet AS wallet, i.key AS identifier, persons, size(endpoints) AS shared
            ORDER BY key, identifier
            """;

    private final CoercionParameters parameters;

    SharedIdentifiers(CoercionParameters parameters) {
        this.parameters = parameters;
    }

    Map<EndpointId, CoercionSignal> read(GraphConnection graph) {
        var found = new LinkedHashMap<EndpointId, CoercionSignal>();
        var rows = graph.readQuery(QUERY)
                .withParameters(Map.of(
                        "kinds", parameters.sharedIdentifierKinds(), "minEndpoints", parameters.minSharedEndpoints()))
                .execute()
                .records();
        for (var r : rows) {
            var reason = "its holder shares %s with %d other persons, who hold %d accounts and wallets with it"
                    .formatted(
                            r.get("identifier").asString(),
                            r.get("persons").asInt() - 1,
                            r.get("shared").asInt());
            found.merge(
                    EndpointId.of(r),
                    new CoercionSignal(Indicator.SHARED_IDENTIFIERS, reason, List.of()),
                    (first, more) -> new CoercionSignal(
                            Indicator.SHARED_IDENTIFIERS, first.reason() + "; " + more.reason(), List.of()));
        }
        return found;
    }
}
