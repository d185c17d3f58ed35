package org.flowtrace.analytics.coercion;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.model.EndpointLabel;

/**
 * Indicators {@link Indicator#NAMED_VICTIM} and {@link Indicator#TRAFFICKING_REPORT} from reports (goAML
 * STRs as the goaml job stores them: {@code (:Report)-[:NAMES {roles}]->(:Party|:Account)}, the report's
 * {@code indicators} and {@code reason}). A party or account named with a role containing {@code VICTIM}
 * ({@code REPORT_PARTY:VICTIM}) is a named victim, and so is every account and wallet such a party holds or
 * controls. A report whose indicators ({@value #INDICATORS}) or reason ({@value #REASON}) speak of
 * trafficking or a missing person gives the weak indicator to whatever else it names — usually the mule
 * it is about, which the indicator alone never marks.
 *
 * @param endpoints the signals per account or wallet
 * @param persons the parties named as victims, whether or not they hold an account or wallet here
 */
record ReportedVictims(Map<EndpointId, List<CoercionSignal>> endpoints, List<NamedVictim> persons) {

    ReportedVictims {
        endpoints = Map.copyOf(endpoints);
        persons = List.copyOf(persons);
    }

    static final String INDICATORS = "(?i)(HT[-_].*|.*(TRAFFICK|MISSING|FORCED|BONDAGE).*)";
    static final String REASON = "(?is).*(traffick|missing person|forced labou?r|debt bondage).*";

    /** A party a report names as a victim. */
    record NamedVictim(
            String report,
            String reportCode,
            String party,
            String name,
            List<String> roles,
            List<String> indicators,
            List<String> transferIds,
            List<EndpointId> holds) {
        NamedVictim {
            roles = List.copyOf(roles);
            indicators = List.copyOf(indicators);
            transferIds = List.copyOf(transferIds);
            holds = List.copyOf(holds);
        }
    }

    private static final String QUERY = """
            MATCH (r:Report)-[n:NAMES]->(x)
            WHERE x:Party OR x:Account
            WITH r, n, x,
                 any(role IN coalesce(n.roles, []) WHERE toUpper(role) CONTAINS 'VICTIM') AS victim,
                 any(i IN coalesce(r.indicators, []) WHERE i =~ $indicators)
                   OR coalesce(r.reason, '') =~ $reason AS trafficking
            WHERE victim OR trafficking
            RETURN r.key AS report, coalesce(r.reportCode, 'report') AS reportCode,
                   coalesce(r.indicators, []) AS indicators, coalesce(r.transferIds, []) AS transferIds,
                   x:Account AS account, x.key AS key, coalesce(x.name, x.key) AS name, coalesce(n.roles, []) AS roles, victim,
                   COLLECT { MATCH (x)-[:HOLDS|CONTROLS_WALLET]->(e) WHERE e:Account OR e:Wallet
                             RETURN DISTINCT {key: e.key, wallet: e:Wallet} } AS holds
            ORDER BY report, key
            """;

    static ReportedVictims read(GraphConnection graph) {
        var endpoints = new LinkedHashMap<EndpointId, List<CoercionSignal>>();
        var persons = new ArrayList<NamedVictim>();
        var rows = graph.readQuery(QUERY)
                .withParameters(Map.of("indicators", INDICATORS, "reason", REASON))
                .execute()
                .records();
        for (var row : rows) {
            var report = row.get("report").asString();
            var code = row.get("reportCode").asString();
            var roles = row.get("roles").asList(v -> v.asString());
            var indicators = row.get("indicators").asList(v -> v.asString());
            var named = new ArrayList<EndpointId>();
            if (row.get("account").asBoolean()) {
                named.add(new EndpointId(EndpointLabel.ACCOUNT, row.get("key").asString()));
            }
            row.get("holds")
                    .asList(v -> new EndpointId(
                            v.get("wallet").asBoolean() ? EndpointLabel.WALLET : EndpointLabel.ACCOUNT,
                            v.get("key").asString()))
                    .forEach(named::add);
            CoercionSignal signal;
            if (row.get("victim").asBoolean()) {
                var name = row.get("name").asString();
                signal = new CoercionSignal(
                        Indicator.NAMED_VICTIM,
                        "%s %s names %s as a victim (%s)%s"
                                .formatted(code, report, name, String.join(", ", roles), indicators(indicators)),
                        List.of());
                if (!row.get("account").asBoolean()) {
                    persons.add(new NamedVictim(
                            report,
                            code,
                            row.get("key").asString(),
                            name,
                            roles,
                            indicators,
                            row.get("transferIds").asList(v -> v.asString()),
                            named));
                }
            } else {
                signal = new CoercionSignal(
                        Indicator.TRAFFICKING_REPORT,
                        "%s %s, a report of trafficking or a missing person%s, names it (%s)"
                                .formatted(code, report, indicators(indicators), String.join(", ", roles)),
                        List.of());
            }
            named.forEach(
                    e -> endpoints.computeIfAbsent(e, k -> new ArrayList<>()).add(signal));
        }
        return new ReportedVictims(endpoints, persons);
    }

    private static String indicators(List<String> indicators) {
        return indicators.isEmpty() ? "" : " (indicators " + String.join(", ", indicators) + ")";
    }
}
