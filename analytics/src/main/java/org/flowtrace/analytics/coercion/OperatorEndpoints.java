package org.flowtrace.analytics.coercion;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.flowtrace.graph.connection.GraphConnection;

/**
 * The operator's endpoints — wallets a list designates or a TagPack tags as scam or perpetrator
 * ({@value #CATEGORIES_NOTE}), and accounts and wallets a designated party holds or controls — and the
 * exchanges' custodial wallets. Companies that a designated operator owns only through a register are
 * not counted: their accounts are where paid mules send money too (docs/coerced-workers.md).
 *
 * @param operator the operator's endpoints
 * @param custodial wallets tagged as an exchange's
 */
record OperatorEndpoints(Set<EndpointId> operator, Set<EndpointId> custodial) {

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
        custodial = Set.copyOf(custodial);
    }

    static OperatorEndpoints read(GraphConnection graph) {
        var operator = new HashSet<EndpointId>();
        var custodial = new HashSet<EndpointId>();
        for (var r : graph.readQuery(QUERY)
                .withParameters(Map.of("categories", CATEGORIES))
                .execute()
                .records()) {
            (r.get("operator").asBoolean() ? operator : custodial).add(EndpointId.of(r));
        }
        return new OperatorEndpoints(operator, custodial);
    }

    /** Whether the account or wallet is the operator's or an exchange's: never a worker. */
    boolean excluded(EndpointId endpoint) {
        return operator.contains(endpoint) || custodial.contains(endpoint);
    }
}
