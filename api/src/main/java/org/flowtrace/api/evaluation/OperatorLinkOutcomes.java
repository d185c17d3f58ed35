package org.flowtrace.api.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flowtrace.analytics.ownership.LinkParameters;
import org.flowtrace.analytics.ownership.OperatorLinks;
import org.flowtrace.analytics.ownership.OwnershipParameters;
import org.flowtrace.analytics.ownership.UltimateOwners;
import org.flowtrace.graph.GraphException;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.samples.evaluation.OperatorLinkScore;
import org.flowtrace.samples.evaluation.OperatorLinkScore.Outcome;
import org.flowtrace.samples.evaluation.TruthFile;
import org.jspecify.annotations.Nullable;

/**
 * Scores the operators of a truth: from each of their companies and front accounts, whether the paths of
 * {@link OperatorLinks} ({@code flowtrace links}, default parameters, 50 paths) reach the operator's
 * designated entry, and for each company whether {@link UltimateOwners} ({@code flowtrace owners}, default
 * threshold) names him. A company the truth names rather than keys (the compound case) is the register's
 * record of that name.
 */
public final class OperatorLinkOutcomes {

    private static final String REGISTER_RECORD = """
            MATCH (p:Party:Organisation)
            WHERE p.key STARTS WITH 'bods:'
              AND (toLower(p.name) = toLower($name)
                   OR any(alias IN coalesce(p.aliases, []) WHERE toLower(alias) = toLower($name)))
            RETURN p.key AS key ORDER BY key LIMIT 1
            """;

    private OperatorLinkOutcomes() {}

    /** The scores of the companies, then of the accounts. */
    public static List<OperatorLinkScore> score(GraphConnection graph, TruthFile truth) {
        var links = new OperatorLinks(graph);
        var owners = new UltimateOwners(graph);
        var parameters = LinkParameters.DEFAULTS.withMaxPaths(50);
        var companies = new ArrayList<Outcome>();
        var accounts = new ArrayList<Outcome>();
        for (var operator : truth.operators()) {
            for (var company : operator.companies()) {
                var start = operator.register() != null ? company : registerRecord(graph, company);
                if (start == null) {
                    companies.add(new Outcome(company, false, false));
                    continue;
                }
                boolean linked = linked(links, start, parameters, operator);
                boolean owner;
                try {
                    owner = owners.of(start, OwnershipParameters.DEFAULTS).owners().stream()
                            .anyMatch(o -> operator.register() != null
                                    ? o.party().key().equals(operator.register())
                                    : operator.isOperator("", o.party().name()));
                } catch (GraphException e) {
                    owner = false;
                }
                companies.add(new Outcome(company, linked, owner));
            }
            for (var account : operator.accounts().keySet()) {
                accounts.add(new Outcome(account, linked(links, account, parameters, operator), false));
            }
        }
        return List.of(OperatorLinkScore.of("company", companies), OperatorLinkScore.of("account", accounts));
    }

    private static boolean linked(
            OperatorLinks links, String start, LinkParameters parameters, TruthFile.OperatorTruth operator) {
        try {
            return links.from(start, parameters).paths().stream()
                    .anyMatch(p ->
                            operator.isOperator(p.target().key(), p.target().name()));
        } catch (GraphException e) { // a start the graph does not hold
            return false;
        }
    }

    private static @Nullable String registerRecord(GraphConnection graph, String name) {
        var found = graph.readQuery(REGISTER_RECORD)
                .withParameters(Map.of("name", name))
                .execute()
                .records();
        return found.isEmpty() ? null : found.getFirst().get("key").asString();
    }
}
