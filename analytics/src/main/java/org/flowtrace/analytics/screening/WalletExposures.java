package org.flowtrace.analytics.screening;

import static org.flowtrace.analytics.screening.PublicSources.visible;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flowtrace.analytics.screening.ScreeningAnswer.WalletExposure;
import org.flowtrace.graph.connection.GraphConnection;
import org.neo4j.driver.Value;

/**
 * A wallet's exposure to wallets that attribution tags mark as scam, ransomware, darknet, mixer,
 * sanctioned or otherwise abusive ({@value #RISKY_NOTE}), or that a list designates: the wallet itself,
 * and the wallets it paid or was paid by through 1 to {@code maxHops} {@code TRANSFER}s between wallets,
 * every transfer and tag from a public source ({@link PublicSources}). Paths through a wallet tagged as an
 * exchange are not followed: an exchange's pooled wallets connect everybody, and the exchange can be
 * asked itself.
 */
final class WalletExposures {

    static final String RISKY_NOTE = "TagPack categories or a stated abuse";

    /** TagPack categories that mark a wallet as a risk; a tag with an {@code abuse} counts too. */
    static final Set<String> RISKY_CATEGORIES = Set.of(
            "scam",
            "ransomware",
            "sextortion",
            "darknet",
            "darkweb",
            "market",
            "mixer",
            "mixing_service",
            "sanction",
            "sanctioned",
            "terrorism",
            "terrorist_financing",
            "hacker",
            "perpetrator",
            "gambling_illegal");

    static final int LIMIT = 200;

    private static final String QUERY = """
            MATCH (w:Wallet {key: $wallet})
            CALL (w) {
                MATCH path = (w)-[:TRANSFER*0..%1$d]->(x:Wallet)
                RETURN x, path, 'SENT_TO' AS direction
              UNION
                MATCH path = (x:Wallet)-[:TRANSFER*1..%1$d]->(w)
                RETURN x, path, 'RECEIVED_FROM' AS direction
            }
            WITH w, x, path, direction
            WHERE (length(path) = 0 OR x <> w)
              AND all(r IN relationships(path) WHERE %2$s)
              AND all(n IN nodes(path) WHERE n:Wallet)
              AND none(n IN nodes(path)[1..-1] WHERE EXISTS {
                  MATCH (n)-[t:TAGGED]->(tag:Tag) WHERE %3$s AND tag.category = 'exchange' })
            WITH x, CASE length(path) WHEN 0 THEN 'SAME_WALLET' ELSE direction END AS direction,
                 min(length(path)) AS hops
            WITH x, direction, hops,
                 COLLECT { MATCH (x)-[t:TAGGED]->(tag:Tag)
                           WHERE %3$s AND (tag.category IN $risky OR tag.abuse IS NOT NULL)
                           RETURN DISTINCT coalesce(tag.category, tag.abuse) + ': ' + coalesce(tag.label, tag.key) } AS tags,
                 COLLECT { MATCH (x)-[d:DESIGNATED_BY]->(g:Designation) WHERE %4$s
                           RETURN DISTINCT 'designated: ' + coalesce(g.list, d.list, '') + ' '
                               + coalesce(g.entryId, d.entryId, g.key) } AS designations
            WHERE size(tags) + size(designations) > 0
            RETURN x.key AS wallet, direction, hops, tags + designations AS attributions
            ORDER BY hops, wallet, direction
            LIMIT $limit
            """;

    private final GraphConnection graph;
    private final List<String> publicRuns;

    WalletExposures(GraphConnection graph, List<String> publicRuns) {
        this.graph = graph;
        this.publicRuns = publicRuns;
    }

    List<WalletExposure> of(String walletKey, int maxHops) {
        var query = QUERY.formatted(maxHops, visible("r"), visible("t"), visible("d"));
        return graph
                .readQuery(query)
                .withParameters(Map.of(
                        "wallet",
                        walletKey,
                        "risky",
                        List.copyOf(RISKY_CATEGORIES),
                        "limit",
                        LIMIT,
                        PublicSources.PARAMETER,
                        publicRuns))
                .execute()
                .records()
                .stream()
                .map(r -> {
                    int hops = r.get("hops").asInt();
                    return new WalletExposure(
                            r.get("wallet").asString(),
                            r.get("direction").asString(),
                            hops,
                            r.get("attributions").asList(Value::asString).stream()
                                    .sorted()
                                    .toList(),
                            contribution(hops));
                })
                .toList();
    }

    /** 1 for the wallet itself, 0.7 one transfer away, 0.4 two, 0.2 beyond. */
    static double contribution(int hops) {
        return switch (hops) {
            case 0 -> 1.0;
            case 1 -> 0.7;
            case 2 -> 0.4;
            default -> 0.2;
        };
    }
}
