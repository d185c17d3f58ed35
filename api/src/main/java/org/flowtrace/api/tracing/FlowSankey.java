package org.flowtrace.api.tracing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import org.flowtrace.analytics.tracing.Figures;
import org.flowtrace.analytics.tracing.Hop;
import org.flowtrace.api.demo.Html;

/**
 * A Sankey-style picture of traced value as inline SVG: accounts and wallets in columns by hop, each
 * flow a band as wide as the value the rule allocated along it (the same scale in one picture),
 * where the value starts green, where it rests blue, what passes through grey. Hover shows amounts.
 */
final class FlowSankey {

    private static final int COLUMN = 250;
    private static final int NODE_WIDTH = 14;
    private static final double HEIGHT = 260.0;
    private static final int GAP = 26;

    private record Link(String from, String to, BigDecimal amount) {}

    private FlowSankey() {}

    /** The picture of these hops; {@code resting} are the endpoints (drawn blue). */
    static String svg(List<Hop> hops, Set<String> resting) {
        var sums = new LinkedHashMap<String, BigDecimal>();
        var column = new HashMap<String, Integer>();
        for (var hop : hops) {
            int to = Math.max(hop.depth(), 1);
            column.putIfAbsent(hop.from(), to - 1);
            column.putIfAbsent(hop.to(), to);
            sums.merge(hop.from() + "\u0000" + hop.to(), hop.allocated(), BigDecimal::add);
        }
        var links = new ArrayList<Link>();
        sums.forEach((key, amount) -> {
            var ends = key.split("\u0000");
            links.add(new Link(ends[0], ends[1], amount));
        });
        if (links.isEmpty()) {
            return "<p>No traced value moved.</p>\n";
        }
        var in = new HashMap<String, BigDecimal>();
        var out = new HashMap<String, BigDecimal>();
        links.forEach(l -> {
            out.merge(l.from(), l.amount(), BigDecimal::add);
            in.merge(l.to(), l.amount(), BigDecimal::add);
        });
        var size = new HashMap<String, Double>();
        var exact = new HashMap<String, BigDecimal>();
        double largest = 0;
        for (var node : column.keySet()) {
            var through = in.getOrDefault(node, BigDecimal.ZERO).max(out.getOrDefault(node, BigDecimal.ZERO));
            double v = through.doubleValue();
            exact.put(node, through);
            size.put(node, v);
            largest = Math.max(largest, v);
        }
        double scale = largest == 0 ? 0 : HEIGHT / largest;
        var columns = new TreeMap<Integer, List<String>>();
        column.forEach(
                (node, c) -> columns.computeIfAbsent(c, k -> new ArrayList<>()).add(node));
        var y = new HashMap<String, Double>();
        double height = 0;
        for (var nodes : columns.values()) {
            nodes.sort(String::compareTo);
            double top = 20;
            for (var node : nodes) {
                y.put(node, top);
                top += Math.max(size.get(node) * scale, 2) + GAP;
            }
            height = Math.max(height, top);
        }
        int width = (columns.lastKey() + 1) * COLUMN + 60;
        var svg = new StringBuilder();
        svg.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%.0f\" viewBox=\"0 0 %d %.0f\""
                        + " font-family=\"system-ui,sans-serif\" font-size=\"11\">\n",
                width + 200,
                height + 20,
                width + 200,
                height + 20));
        var outOffset = new HashMap<String, Double>();
        var inOffset = new HashMap<String, Double>();
        for (var link : links) {
            double w = Math.max(link.amount().doubleValue() * scale, 1);
            double x1 = 20 + column.get(link.from()) * COLUMN + NODE_WIDTH;
            double x2 = 20 + column.get(link.to()) * COLUMN;
            double y1 = y.get(link.from()) + outOffset.getOrDefault(link.from(), 0.0) + w / 2;
            double y2 = y.get(link.to()) + inOffset.getOrDefault(link.to(), 0.0) + w / 2;
            outOffset.merge(link.from(), w, Double::sum);
            inOffset.merge(link.to(), w, Double::sum);
            double mid = (x1 + x2) / 2;
            svg.append(String.format(
                    Locale.ROOT,
                    "<path d=\"M%.1f %.1f C%.1f %.1f %.1f %.1f %.1f %.1f\" fill=\"none\" stroke=\"#8aa4c8\""
                            + " stroke-opacity=\"0.55\" stroke-width=\"%.1f\"><title>%s → %s: %s USD</title></path>\n",
                    x1,
                    y1,
                    mid,
                    y1,
                    mid,
                    y2,
                    x2,
                    y2,
                    w,
                    Html.escape(link.from()),
                    Html.escape(link.to()),
                    Figures.amount(link.amount())));
        }
        for (var node : column.keySet()) {
            int c = column.get(node);
            String colour = c == 0 ? "#2e8b57" : resting.contains(node) ? "#3b6fd6" : "#7f8c8d";
            double h = Math.max(size.get(node) * scale, 2);
            double x = 20 + c * COLUMN;
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"%s\"><title>%s: %s USD</title></rect>\n",
                    x,
                    y.get(node),
                    NODE_WIDTH,
                    h,
                    colour,
                    Html.escape(node),
                    Figures.amount(exact.get(node))));
            svg.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%.1f\">%s</text>\n",
                    x + NODE_WIDTH + 4,
                    y.get(node) + Math.min(h, 14) / 2 + 4,
                    Html.escape(node)));
        }
        return svg.append("</svg>\n").toString();
    }
}
