package org.flowtrace.analytics.coercion;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.flowtrace.graph.connection.GraphConnection;

/**
 * The operator's endpoints — wallets a list designates or a TagPack tags as scam or perpetrator
 * ({@value #CATEGORIES_NOTE}), and accounts and wallets a designated party holds or controls — the
 * accounts and wallets of companies a designated operator owns through the register
 * ({@link RegisterOwnedEndpoints}), and the exchanges' custodial wallets. Flows to the owned companies
 * count only when each victim payment was swept on by itself ({@link VictimFlows}): paid mules pay those
 * companies too (docs/coerced-workers.md).
 *
 * @param operator the operator's own endpoints
 * @param owned the endpoints of companies the operator owns through the register, with how
 * @param custodial wallets tagged as an exchange's
 */
record OperatorEndpoints(
        Set<EndpointId> operator, Map<EndpointId, RegisterOwnedEndpoints.OwnedBy> owned, Set<EndpointId> custodial) {

    static final String CATEGORIES_NOTE = "scam, perpetrator, gambling_illegal, sextortion";

    private static final Set<String> CATEGORIES = Set.of("scam", "perpetrator", "gambling_illegal", "sextortion");

    private static final String QUERY = """
            CALL () {
                MATCH (e:Wallet)
                WHERE e.designated OR EXISTS { (e)-[:DESIGNATED_BY]->(:Designation) }
                   OR EXISTS { MATCH (e)-[:TAGGED]->(t:Tag) WHERE t.category IN $categories OR t.abuse IN $categories }
                RETURN e, true AS operator
              UNION
                MATCH (:Designation)<-[:DESIGNATED_BY]-(:Party)-[:HOLDS|CONTROLS_WALLET]->(e)
                WHERE e:Account OR e:Wallet
                RETURN e, true AS operator
              UNION
                MATCH (e:Wallet {custodial: true})
                RETURN e, false AS operator
            }
            RETURN e.key AS key, e:Wallet AS wallet, operator
            """;

    OperatorEndpoints {
        operator = Set.copyOf(operator);
        owned = Map.copyOf(owned);
        custodial = Set.copyOf(custodial);
    }

    static OperatorEndpoints read(GraphConnection graph, CoercionParameters parameters) {
        var operator = new HashSet<EndpointId>();
        var custodial = new HashSet<EndpointId>();
        for (var r : graph.readQuery(QUERY)
                .withParameters(Map.of("categories", CATEGORIES))
                .execute()
                .records()) {
            (r.get("operator").asBoolean() ? operator : custodial).add(EndpointId.of(r));
        }
        var owned = new HashMap<>(RegisterOwnedEndpoints.read(graph, parameters));
        owned.keySet().removeAll(operator);
        return new OperatorEndpoints(operator, owned, custodial);
    }

    /** Whether the account or wallet is the operator's own or a company's it owns through the register. */
    boolean operators(EndpointId endpoint) {
        return operator.contains(endpoint) || owned.containsKey(endpoint);
    }

    /** Whether the account or wallet is the operator's, a company's it owns, or an exchange's: never a worker. */
    boolean excluded(EndpointId endpoint) {
        return operator.contains(endpoint) || owned.containsKey(endpoint) || custodial.contains(endpoint);
    }
}
