package org.flowtrace.analytics.coercion;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flowtrace.analytics.ownership.OwnershipParameters;
import org.flowtrace.analytics.ownership.UltimateOwners;
import org.flowtrace.graph.connection.GraphConnection;
import org.neo4j.driver.Value;

/**
 * The accounts and wallets of companies that a designated operator owns through the register: a company
 * whose beneficial owner ({@link UltimateOwners}: shares multiplied down the layers of holdings, cycles
 * solved exactly) holds more than {@code ownershipThreshold} of it, or controls it, where that owner is
 * the designated party or a register record of it ({@code SAME_AS}: confirmed, or a candidate of entity
 * resolution scoring at least {@code minSameAsScore}; rejected never). The company's accounts and wallets
 * are those it or a record of it ({@code SAME_AS} likewise: the bank's report naming the account holder by
 * its registration) holds or controls. Register links come from {@code flowtrace resolve}: without them
 * no company is the operator's this way.
 */
final class RegisterOwnedEndpoints {

    /** One account or wallet of an owned company, and how the register ties it to the operator. */
    record OwnedBy(String company, String share, String owner, String designation) {

        /** E.g. {@code Mekong Bright Trading Co., Ltd. — 86.30 % owned by 陈国豪 (designated: …) through the register}. */
        String describe() {
            return "%s, %s owned by %s (designated: %s) through the register"
                    .formatted(company, share, owner, designation);
        }
    }

    private static final String COMPANIES = """
            MATCH (d:Party)-[:DESIGNATED_BY]->(g:Designation)
            OPTIONAL MATCH (d)-[s:SAME_AS]-(record:Party)
            WHERE s.status = 'CONFIRMED' OR (s.status = 'CANDIDATE' AND s.score >= $minSameAs)
            WITH d, g, [d] + collect(DISTINCT record) AS identities
            UNWIND identities AS owner
            MATCH (owner)-[:OWNS|CONTROLS*1..12]->(company:Party)
            WHERE NOT company IN identities
            RETURN DISTINCT company.key AS company, d.key AS designated, coalesce(d.name, d.key) AS name,
                   coalesce(g.list + ' ' + g.entryId, g.key) AS designation, [i IN identities | i.key] AS identities
            """;

    private static final String ENDPOINTS = """
            UNWIND $companies AS key
            MATCH (company:Party {key: key})
            OPTIONAL MATCH (company)-[s:SAME_AS]-(record:Party)
            WHERE s.status = 'CONFIRMED' OR (s.status = 'CANDIDATE' AND s.score >= $minSameAs)
            WITH key, company, collect(DISTINCT record) AS records
            UNWIND [company] + records AS holder
            MATCH (holder)-[:HOLDS|CONTROLS_WALLET]->(e)
            WHERE e:Account OR e:Wallet
            RETURN DISTINCT key AS company, e.key AS key, e:Wallet AS wallet
            """;

    private RegisterOwnedEndpoints() {}

    /** The owned companies' accounts and wallets, each with the first ownership found for it. */
    static Map<EndpointId, OwnedBy> read(GraphConnection graph, CoercionParameters parameters) {
        var ownership = OwnershipParameters.DEFAULTS.withThresholdPercent(parameters.ownershipThresholdPercent());
        var owners = new UltimateOwners(graph);
        var owned = new LinkedHashMap<String, OwnedBy>();
        for (var r : graph.readQuery(COMPANIES)
                .withParameters(Map.of("minSameAs", parameters.minSameAsScore()))
                .execute()
                .records()) {
            var company = r.get("company").asString();
            if (owned.containsKey(company)) {
                continue;
            }
            Set<String> identities = new LinkedHashSet<>(r.get("identities").asList(Value::asString));
            var report = owners.of(company, ownership);
            report.owners().stream()
                    .filter(o -> identities.contains(o.party().key()) && (o.owner() || o.controls()))
                    .findFirst()
                    .ifPresent(o -> owned.put(
                            company,
                            new OwnedBy(
                                    report.company().name(),
                                    o.owner()
                                            ? o.share().percent()
                                            : "controlled, " + o.share().percent(),
                                    r.get("name").asString(),
                                    r.get("designation").asString())));
        }
        var endpoints = new LinkedHashMap<EndpointId, OwnedBy>();
        if (owned.isEmpty()) {
            return endpoints;
        }
        for (var r : graph.readQuery(ENDPOINTS)
                .withParameters(
                        Map.of("companies", List.copyOf(owned.keySet()), "minSameAs", parameters.minSameAsScore()))
                .execute()
                .records()) {
            endpoints.putIfAbsent(EndpointId.of(r), owned.get(r.get("company").asString()));
        }
        return endpoints;
    }

    /** The companies, for a progress line. */
    static List<String> companies(Map<EndpointId, OwnedBy> endpoints) {
        return new ArrayList<>(new LinkedHashSet<>(
                endpoints.values().stream().map(OwnedBy::company).toList()));
    }
}
