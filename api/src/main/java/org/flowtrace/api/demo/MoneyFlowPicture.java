package org.flowtrace.api.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flowtrace.graph.connection.GraphConnection;
import org.neo4j.driver.Value;

/**
 * The money flow of the whole graph as an SVG picture: accounts and wallets in columns by how many
 * hops they are from where money enters (the senders nobody paid), flows between them as curves as
 * wide as the square root of their USD value, wallets tagged as exchanges blue and as scam or operator
 * wallets red, the entry points (victims and families) green. Names: the holder of an account, the
 * designated party that controls a wallet, else the wallet's tag, else the key. Meant for case-sized graphs (hundreds
 * of accounts); larger graphs are cut to the largest flows.
 */
public final class MoneyFlowPicture {

    private static final String FLOWS = """
            MATCH (a)-[t:TRANSFER]->(b)
            WITH a, b, sum(coalesce(t.usdApprox, 0.0)) AS usd, count(t) AS transfers
            ORDER BY usd DESC
            LIMIT $limit
            OPTIONAL MATCH (pa:Party)-[:HOLDS]->(a)
            OPTIONAL MATCH (pb:Party)-[:HOLDS]->(b)
            OPTIONAL MATCH (ca:Party)-[:CONTROLS_WALLET]->(a)
            OPTIONAL MATCH (cb:Party)-[:CONTROLS_WALLET]->(b)
            OPTIONAL MATCH (a)-[:TAGGED]->(ta:Tag)
            OPTIONAL MATCH (b)-[:TAGGED]->(tb:Tag)
            RETURN a.key AS from, b.key AS to, usd, transfers,
                   coalesce(min(pa.name), min(ca.name), min(ta.label), a.key) AS fromName,
                   coalesce(min(pb.name), min(cb.name), min(tb.label), b.key) AS toName,
                   collect(DISTINCT toLower(coalesce(ta.category, ''))) AS fromTags,
                   collect(DISTINCT toLower(coalesce(tb.category, ''))) AS toTags
            """;

    private static final int COLUMN = 260;
    private static final int ROW = 34;
    private static final int MAX_LAYERS = 12;

    /**
     * The money that moved from one account or wallet to another, as one curve.
     *
     * @param fromKind {@code exchange}, {@code scam} or {@code other} ({@link #kind(List)})
     * @param usd the USD value of all transfers between the two (approximate: for drawing only)
     */
    public record Edge(
            String from,
            String fromName,
            String fromKind,
            String to,
            String toName,
            String toKind,
            double usd,
            long transfers) {}

    private record Flow(String from, String to, double usd, long transfers) {}

    private record Node(String key, String name, String kind) {}

    private MoneyFlowPicture() {}

    static String svg(GraphConnection graph) {
        var edges = new ArrayList<Edge>();
        graph.readQuery(FLOWS)
                .withParameters(Map.of("limit", 400))
                .execute()
                .records()
                .forEach(r -> edges.add(new Edge(
                        r.get("from").asString(),
                        r.get("fromName").asString(),
                        kind(r.get("fromTags").asList(Value::asString)),
                        r.get("to").asString(),
                        r.get("toName").asString(),
                        kind(r.get("toTags").asList(Value::asString)),
                        r.get("usd").asDouble(),
                        r.get("transfers").asLong())));
        return draw(edges);
    }

    /** The picture of these flows: entry points green, exchanges blue, scam or operator wallets red. */
    public static String draw(List<Edge> edges) {
        var nodes = new LinkedHashMap<String, Node>();
        var flows = new ArrayList<Flow>();
        for (var edge : edges) {
            nodes.putIfAbsent(edge.from(), new Node(edge.from(), edge.fromName(), edge.fromKind()));
            nodes.putIfAbsent(edge.to(), new Node(edge.to(), edge.toName(), edge.toKind()));
            flows.add(new Flow(edge.from(), edge.to(), edge.usd(), edge.transfers()));
        }
        if (flows.isEmpty()) {
            return "<p>No transfers in the graph.</p>";
        }
        var layer = layers(nodes.keySet(), flows);
        var columns = new HashMap<Integer, List<String>>();
        nodes.keySet()
                .forEach(key -> columns.computeIfAbsent(layer.get(key), k -> new ArrayList<>())
                        .add(key));
        var position = new HashMap<String, double[]>();
        int tallest = 0;
        for (var column : columns.entrySet()) {
            column.getValue()
                    .sort((a, b) -> nodes.get(a).name().compareTo(nodes.get(b).name()));
            for (int i = 0; i < column.getValue().size(); i++) {
                position.put(column.getValue().get(i), new double[] {20 + column.getKey() * COLUMN, 30 + i * ROW});
            }
            tallest = Math.max(tallest, column.getValue().size());
        }
        int layers = columns.keySet().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        double maxUsd = flows.stream().mapToDouble(Flow::usd).max().orElse(1);
        var svg = new StringBuilder();
        svg.append(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"money flow\" width=\"%d\" height=\"%d\">\n"
                        .formatted(layers * COLUMN + 40, tallest * ROW + 60));
        for (var flow : flows) {
            var a = position.get(flow.from());
            var b = position.get(flow.to());
            double width = 1 + 11 * Math.sqrt(flow.usd() / maxUsd);
            double x1 = a[0] + 150;
            double x2 = b[0];
            double mid = (x1 + x2) / 2;
            svg.append(
                    "<path d=\"M%.0f %.0f C%.0f %.0f, %.0f %.0f, %.0f %.0f\" stroke=\"#8899aa\" stroke-opacity=\"0.55\" stroke-width=\"%.1f\" fill=\"none\"><title>%s → %s: %s USD in %d transfers</title></path>\n"
                            .formatted(
                                    x1,
                                    a[1],
                                    mid,
                                    a[1],
                                    mid,
                                    b[1],
                                    x2,
                                    b[1],
                                    width,
                                    Html.escape(nodes.get(flow.from()).name()),
                                    Html.escape(nodes.get(flow.to()).name()),
                                    String.format(Locale.ROOT, "%,.2f", flow.usd()),
                                    flow.transfers()));
        }
        for (var node : nodes.values()) {
            var p = position.get(node.key());
            var colour = switch (layer.get(node.key()) == 0 && node.kind().equals("other") ? "entry" : node.kind()) {
                case "exchange" -> "#3b6fd6";
                case "scam" -> "#c0392b";
                case "entry" -> "#2e8b57";
                default -> "#7f8c8d";
            };
            var label = node.name().length() > 24 ? node.name().substring(0, 23) + "…" : node.name();
            svg.append(
                    "<g><rect x=\"%.0f\" y=\"%.0f\" width=\"150\" height=\"24\" rx=\"4\" fill=\"%s\"/><text x=\"%.0f\" y=\"%.0f\" font-size=\"11\" fill=\"white\">%s</text><title>%s</title></g>\n"
                            .formatted(
                                    p[0],
                                    p[1] - 12,
                                    colour,
                                    p[0] + 6,
                                    p[1] + 4,
                                    Html.escape(label),
                                    Html.escape(node.key())));
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    /** How an account or wallet is drawn, from the categories of its attribution tags (lower case). */
    public static String kind(List<String> tags) {
        if (tags.contains("exchange")) {
            return "exchange";
        }
        return tags.stream().anyMatch(t -> t.contains("scam") || t.contains("fraud")) ? "scam" : "other";
    }

    /** Longest distance from an entry point (a sender nobody paid), capped, so cycles end. */
    private static Map<String, Integer> layers(Iterable<String> keys, List<Flow> flows) {
        var layer = new HashMap<String, Integer>();
        keys.forEach(key -> layer.put(key, 0));
        for (int round = 0; round < MAX_LAYERS; round++) {
            boolean changed = false;
            for (var flow : flows) {
                int next = Math.min(MAX_LAYERS, layer.get(flow.from()) + 1);
                if (!flow.from().equals(flow.to()) && layer.get(flow.to()) < next) {
                    layer.put(flow.to(), next);
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
        }
        return layer;
    }
}
