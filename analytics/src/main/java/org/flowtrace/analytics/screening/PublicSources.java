package org.flowtrace.analytics.screening;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flowtrace.graph.connection.GraphConnection;

/**
 * The tipping-off firewall: the ingest jobs whose sources are public, and the Cypher predicate every
 * screening query applies to each node and relationship it reads. An element is visible when at least
 * one of its provenance entries ({@code runId|sha256|locator}) was written by a run of one of these
 * jobs; an element that only goAML reports, bank ledgers or camt statements stated is invisible, so
 * screening can neither show nor count it. The list is an allow-list: a job added later stays hidden
 * until it is named here.
 *
 * <p>Public: {@code ofac}, {@code designations}, {@code ftm} (sanctions and FIU lists, OpenSanctions),
 * {@code bods} (ownership registers), {@code tagpack} (attribution tags), and the on-chain jobs
 * ({@code ethereum-export}, {@code ethereum-node}, {@code tron-export}, {@code tron-api},
 * {@code tron-jsonrpc}: public ledgers). Not public: {@code goaml}, {@code ledger}, {@code camt053}
 * (and anything else).
 *
 * @param jobs the names of the public ingest jobs
 */
public record PublicSources(Set<String> jobs) {

    /** The public jobs of this version (names as the ingest jobs register them). */
    public static final PublicSources DEFAULT = new PublicSources(Set.of(
            "ofac",
            "designations",
            "ftm",
            "bods",
            "tagpack",
            "ethereum-export",
            "ethereum-node",
            "tron-export",
            "tron-api",
            "tron-jsonrpc"));

    /** The query parameter that carries {@link #runIds}. */
    static final String PARAMETER = "publicRuns";

    private static final String RUNS = "MATCH (r:IngestRun) WHERE r.job IN $jobs RETURN r.id AS id ORDER BY id";

    public PublicSources {
        jobs = Set.copyOf(jobs);
    }

    /** The ids of the ingest runs of the public jobs, the value of {@code $publicRuns}. */
    List<String> runIds(GraphConnection graph) {
        return graph.readQuery(RUNS).withParameters(Map.of("jobs", List.copyOf(jobs))).execute().records().stream()
                .map(r -> r.get("id").asString())
                .toList();
    }

    /**
     * The predicate "the element bound to {@code variable} was stated by a public source", reading
     * {@code $publicRuns}. {@code variable} must be a Cypher identifier written in code, never input.
     */
    static String visible(String variable) {
        if (!variable.matches("[a-z][A-Za-z0-9]*")) {
            throw new IllegalArgumentException("not a Cypher variable: " + variable);
        }
        return "any(entry IN coalesce(%1$s.prov, []) WHERE split(entry, '|')[0] IN $%2$s)"
                .formatted(variable, PARAMETER);
    }
}
