package org.flowtrace.graph.explore;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.flowtrace.graph.connection.GraphConnection;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;

/**
 * Finds parties (by name, alias or the value of an identifier linked by {@code HAS_IDENTIFIER}),
 * accounts (by number or key), wallets (by address or key), transfers (by exact id) and reports (by
 * key). Matching is a case-insensitive substring match (Tron's base58 addresses, whose case matters, are
 * matched in any case too); a transfer id must match exactly. Hits are ranked exact match first, then
 * prefix match, then any other, and by label within each rank (then kind and key), so that pages are
 * stable. Findings, cases and context nodes are not searched.
 *
 * <p>The text is only ever a query parameter. Each kind has its own query branch below; the branches of
 * the kinds asked for are joined into one {@code UNION ALL}, chosen by {@link ElementKind}, never by input.
 * The match is a scan of the kind's nodes (a substring match cannot use the range indexes).
 */
public final class ElementSearch {

    /** The longest search text accepted. */
    public static final int MAX_TEXT = 200;
    /** The largest page. */
    public static final int MAX_SIZE = 100;

    private static final String PARTIES = """
            MATCH (p:Party)
            WITH p, [x IN [p.name] + coalesce(p.aliases, []) + coalesce(p.alias, []) WHERE x IS NOT NULL
                     | toString(x)] AS names,
                 [(p)-[:HAS_IDENTIFIER]->(i:Identifier) | toString(coalesce(i.value, i.key))] AS ids
            WITH p, [x IN names WHERE toLower(x) CONTAINS $q] AS byName, [x IN ids WHERE toLower(x) CONTAINS $q] AS byId
            WHERE size(byName) > 0 OR size(byId) > 0 OR toLower(p.key) = $q
            WITH p, byName, byId, [x IN byName + byId | toLower(x)] + toLower(p.key) AS matched
            RETURN 'PARTY' AS kind, p.key AS key, toString(coalesce(p.name, p.key)) AS label,
                   CASE WHEN size(byName) > 0 AND byName[0] <> coalesce(p.name, '') THEN 'alias ' + byName[0]
                        WHEN size(byName) = 0 AND size(byId) > 0 THEN 'identifier ' + byId[0]
                        WHEN p:Person THEN 'person' WHEN p:Organisation THEN 'organisation' ELSE 'party' END AS detail,
                   CASE WHEN $q IN matched THEN 0 WHEN any(x IN matched WHERE x STARTS WITH $q) THEN 1 ELSE 2 END AS rank
            """;

    private static final String ACCOUNTS = """
            MATCH (a:Account)
            WITH a, [toLower(a.key), toLower(coalesce(a.number, ''))] AS matched
            WHERE any(x IN matched WHERE x CONTAINS $q)
            RETURN 'ACCOUNT' AS kind, a.key AS key, a.key AS label,
                   toString(coalesce(a.accountName, a.name, a.institution, '')) AS detail,
                   CASE WHEN $q IN matched THEN 0 WHEN any(x IN matched WHERE x STARTS WITH $q) THEN 1 ELSE 2 END AS rank
            """;

    private static final String WALLETS = """
            MATCH (w:Wallet)
            WITH w, [toLower(w.key), toLower(coalesce(w.address, ''))] AS matched
            WHERE any(x IN matched WHERE x CONTAINS $q)
            RETURN 'WALLET' AS kind, w.key AS key, w.key AS label,
                   coalesce(w.chain, '') + CASE WHEN w.custodial THEN ' exchange' ELSE '' END AS detail,
                   CASE WHEN $q IN matched THEN 0 WHEN any(x IN matched WHERE x STARTS WITH $q) THEN 1 ELSE 2 END AS rank
            """;

    private static final String TRANSFERS = """
            MATCH (a)-[t:TRANSFER {id: $text}]->(b)
            RETURN 'TRANSFER' AS kind, t.id AS key, t.id AS label,
                   t.amount + ' ' + t.asset + ' ' + a.key + ' -> ' + b.key AS detail, 0 AS rank
            """;

    private static final String REPORTS = """
            MATCH (r:Report)
            WHERE toLower(r.key) CONTAINS $q
            RETURN 'REPORT' AS kind, r.key AS key, r.key AS label, toString(coalesce(r.reportCode, '')) AS detail,
                   CASE WHEN toLower(r.key) = $q THEN 0 WHEN toLower(r.key) STARTS WITH $q THEN 1 ELSE 2 END AS rank
            """;

    private static final Map<ElementKind, String> BRANCHES = branches();

    private static final String PAGE = """
            CALL () { %s }
            RETURN kind, key, label, detail
            ORDER BY rank, toLower(label), label, kind, key
            SKIP $skip LIMIT $size
            """;

    private static final String COUNT = "CALL () { %s } RETURN count(*) AS total";

    private final GraphConnection graph;

    public ElementSearch(GraphConnection graph) {
        this.graph = graph;
    }

    /**
     * One page of the elements matching {@code text}.
     *
     * @param text what to look for: non-blank, at most {@value #MAX_TEXT} characters (surrounding blanks
     *     are ignored)
     * @param kind only elements of this kind, or {@code null} for all searched kinds
     * @param page the page, from 0
     * @param size the page size, 1 to {@value #MAX_SIZE}
     * @throws IllegalArgumentException for blank or long text, a negative page or a size out of range
     */
    public SearchPage search(String text, @Nullable ElementKind kind, int page, int size) {
        var stripped = text.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException("search text is blank");
        }
        if (stripped.length() > MAX_TEXT) {
            throw new IllegalArgumentException("search text is longer than " + MAX_TEXT + " characters");
        }
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more: " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be within 1 and " + MAX_SIZE + ": " + size);
        }
        var union = BRANCHES.entrySet().stream()
                .filter(e -> kind == null || e.getKey() == kind)
                .map(Map.Entry::getValue)
                .collect(Collectors.joining(" UNION ALL "));
        if (union.isEmpty()) {
            return new SearchPage(List.of(), page, size, 0);
        }
        var parameters = new HashMap<String, Object>();
        parameters.put("text", stripped);
        parameters.put("q", stripped.toLowerCase(Locale.ROOT));
        parameters.put("skip", (long) page * size);
        parameters.put("size", size);
        try (var session = graph.driver().session(graph.sessionConfig())) {
            return session.executeRead(tx -> {
                long total = tx.run(COUNT.formatted(union), parameters)
                        .single()
                        .get("total")
                        .asLong();
                var items = new ArrayList<SearchHit>();
                if ((long) page * size < total) {
                    tx.run(PAGE.formatted(union), parameters).forEachRemaining(r -> items.add(hit(r)));
                }
                return new SearchPage(items, page, size, total);
            });
        }
    }

    private static SearchHit hit(Record record) {
        return new SearchHit(
                ElementKind.valueOf(record.get("kind").asString()),
                record.get("key").asString(),
                record.get("label").asString(),
                record.get("detail").asString(""));
    }

    private static Map<ElementKind, String> branches() {
        var branches = new EnumMap<ElementKind, String>(ElementKind.class);
        branches.put(ElementKind.PARTY, PARTIES);
        branches.put(ElementKind.ACCOUNT, ACCOUNTS);
        branches.put(ElementKind.WALLET, WALLETS);
        branches.put(ElementKind.TRANSFER, TRANSFERS);
        branches.put(ElementKind.REPORT, REPORTS);
        return branches;
    }
}
