package org.flowtrace.api.tracing;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.flowtrace.analytics.tracing.Figures;
import org.flowtrace.analytics.tracing.Hop;
import org.flowtrace.analytics.tracing.TraceResult;
import org.flowtrace.analytics.tracing.TracedEndpoint;
import org.flowtrace.api.demo.Html;
import tools.jackson.databind.json.JsonMapper;

/** Writes a trace as a table, JSON, CSV or a self-contained HTML page. */
public final class TraceOutput {

    /** The formats of {@code flowtrace trace --format}. */
    public enum Format {
        table,
        json,
        csv,
        html
    }

    private TraceOutput() {}

    public static void write(TraceResult trace, Format format, PrintWriter out) {
        switch (format) {
            case table -> table(trace, out);
            case json ->
                out.println(JsonMapper.builder()
                        .build()
                        .writerWithDefaultPrettyPrinter()
                        .writeValueAsString(asMap(trace)));
            case csv -> csv(trace, out);
            case html -> out.print(html(trace));
        }
        out.flush();
    }

    private static void table(TraceResult trace, PrintWriter out) {
        out.printf(
                "Trace %s from %s, %s, up to %d hops, until %s (amounts in %s)%n",
                trace.direction().name().toLowerCase(Locale.ROOT),
                trace.start(),
                trace.method().name(),
                trace.maxHops(),
                trace.until(),
                trace.unit());
        out.printf(
                "%-4s %-20s %-26s %-26s %-26s %14s %10s  %s%n",
                "hop", "at", "transfer", "from", "to", "allocated", "fee", "rule step");
        for (var hop : trace.hops()) {
            out.printf(
                    "%-4d %-20s %-26s %-26s %-26s %14s %10s  %s%n",
                    hop.depth(),
                    hop.at(),
                    cut(hop.transferId()),
                    cut(hop.from()),
                    cut(hop.to()),
                    Figures.amount(hop.allocated()),
                    Figures.amount(hop.fee()),
                    hop.step());
        }
        out.println();
        out.println(
                trace.direction().name().equals("FORWARD") ? "Where the traced value rests:" : "Where it came from:");
        for (var endpoint : trace.endpoints()) {
            out.printf(
                    "  %-44s %14s  %s%n",
                    endpoint.pool(),
                    Figures.amount(endpoint.tracedTotal(trace.method().additive())),
                    endpoint.why());
            endpoint.freezable().forEach(f -> out.println("      freezable: " + f));
        }
        trace.links().forEach(l -> out.println("Link: " + l));
        out.println("Assumptions:");
        trace.assumptions().forEach(a -> out.println("  - " + a));
    }

    private static String cut(String text) {
        return text.length() <= 26 ? text : text.substring(0, 12) + "…" + text.substring(text.length() - 13);
    }

    private static void csv(TraceResult trace, PrintWriter out) {
        out.print(CsvText.line(
                "record",
                "hop",
                "transfer",
                "at",
                "from",
                "to",
                "amount",
                "asset",
                "value_usd",
                "valuation",
                "source",
                "allocated_usd",
                "fee_usd",
                "step"));
        for (var hop : trace.hops()) {
            out.print(CsvText.line(
                    "hop",
                    hop.depth(),
                    hop.transferId(),
                    hop.at(),
                    hop.from(),
                    hop.to(),
                    hop.amount().canonical(),
                    hop.amount().asset().code(),
                    hop.value().toPlainString(),
                    hop.valuation(),
                    hop.source().label(),
                    hop.allocated().toPlainString(),
                    hop.fee().toPlainString(),
                    hop.step()));
        }
        for (var endpoint : trace.endpoints()) {
            for (var entry : endpoint.traced().entrySet()) {
                out.print(CsvText.line(
                        "endpoint",
                        "",
                        "",
                        "",
                        "",
                        endpoint.pool(),
                        "",
                        "",
                        endpoint.value().toPlainString(),
                        endpoint.why(),
                        entry.getKey().label(),
                        entry.getValue().toPlainString(),
                        "",
                        String.join("; ", endpoint.freezable())));
            }
        }
    }

    public static Map<String, Object> asMap(TraceResult trace) {
        var map = new LinkedHashMap<String, Object>();
        map.put("start", trace.start());
        map.put("direction", trace.direction().name().toLowerCase(Locale.ROOT));
        map.put("method", trace.method().name());
        map.put("definition", trace.method().definition());
        map.put("maxHops", trace.maxHops());
        map.put("until", trace.until());
        map.put("unit", trace.unit());
        var hops = new ArrayList<Map<String, Object>>();
        for (var hop : trace.hops()) {
            var h = new LinkedHashMap<String, Object>();
            h.put("hop", hop.depth());
            h.put("transfer", hop.transferId());
            h.put("at", hop.at().toString());
            h.put("from", hop.from());
            h.put("to", hop.to());
            h.put("amount", hop.amount().canonical());
            h.put("asset", hop.amount().asset().code());
            h.put("value", hop.value().toPlainString());
            h.put("valuation", hop.valuation());
            h.put("source", hop.source().label());
            h.put("allocated", hop.allocated().toPlainString());
            h.put("fee", hop.fee().toPlainString());
            h.put("step", hop.step());
            hops.add(h);
        }
        map.put("hops", hops);
        map.put(
                "endpoints",
                trace.endpoints().stream().map(TraceOutput::endpoint).toList());
        map.put("links", trace.links());
        map.put("assumptions", trace.assumptions());
        return map;
    }

    private static Map<String, Object> endpoint(TracedEndpoint endpoint) {
        var e = new LinkedHashMap<String, Object>();
        e.put("endpoint", endpoint.pool());
        e.put("members", endpoint.members());
        e.put("why", endpoint.why());
        e.put("value", endpoint.value().toPlainString());
        e.put(
                "traced",
                endpoint.traced().entrySet().stream()
                        .collect(Collectors.toMap(
                                x -> x.getKey().label(),
                                x -> x.getValue().toPlainString(),
                                (a, b) -> a,
                                LinkedHashMap::new)));
        e.put("freezable", endpoint.freezable());
        return e;
    }

    /** A whole page: the picture, the hops, the endpoints, the assumptions. */
    static String html(TraceResult trace) {
        var body = new StringBuilder();
        body.append("<h1>Trace ")
                .append(Html.escape(trace.direction().name().toLowerCase(Locale.ROOT)))
                .append(" from ")
                .append(Html.escape(trace.start()))
                .append(" (")
                .append(trace.method().name())
                .append(")</h1>\n<p>")
                .append(Html.escape(trace.method().definition()))
                .append(". Up to ")
                .append(trace.maxHops())
                .append(" hops, until ")
                .append(Html.escape(trace.until()))
                .append("; amounts in ")
                .append(trace.unit())
                .append(".</p>\n");
        body.append(FlowSankey.svg(trace.hops(), resting(trace)));
        body.append(section(trace));
        return Html.page("flowtrace trace " + trace.start(), body.toString());
    }

    static java.util.Set<String> resting(TraceResult trace) {
        var keys = new java.util.HashSet<String>();
        trace.endpoints().forEach(e -> keys.addAll(e.members()));
        return keys;
    }

    /** The hops, endpoints, links and assumptions of a trace as HTML tables and lists. */
    static String section(TraceResult trace) {
        var html = new StringBuilder();
        html.append("<h2>Hops</h2>\n<table><tr><th>hop</th><th>at</th><th>transfer</th><th>from</th><th>to</th>"
                + "<th>value (USD)</th><th>source</th><th>allocated</th><th>fee</th><th>rule step</th></tr>\n");
        for (Hop hop : trace.hops()) {
            html.append("<tr><td class=\"n\">")
                    .append(hop.depth())
                    .append("</td><td>")
                    .append(hop.at())
                    .append("</td><td>")
                    .append(Html.escape(hop.transferId()))
                    .append("</td><td>")
                    .append(Html.escape(hop.from()))
                    .append("</td><td>")
                    .append(Html.escape(hop.to()))
                    .append("</td><td class=\"n\" title=\"")
                    .append(Html.escape(hop.valuation()))
                    .append("\">")
                    .append(Figures.amount(hop.value()))
                    .append("</td><td>")
                    .append(Html.escape(hop.source().label()))
                    .append("</td><td class=\"n\">")
                    .append(Figures.amount(hop.allocated()))
                    .append("</td><td class=\"n\">")
                    .append(Figures.amount(hop.fee()))
                    .append("</td><td>")
                    .append(Html.escape(hop.step()))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n<h2>Endpoints</h2>\n<table><tr><th>endpoint</th><th>why it ends here</th>"
                + "<th>value (USD)</th><th>traced</th><th>freezable</th></tr>\n");
        for (var endpoint : trace.endpoints()) {
            html.append("<tr><td>")
                    .append(Html.escape(String.join(" + ", endpoint.members())))
                    .append("</td><td>")
                    .append(Html.escape(endpoint.why()))
                    .append("</td><td class=\"n\">")
                    .append(Figures.amount(endpoint.value()))
                    .append("</td><td>");
            endpoint.traced()
                    .forEach((source, amount) -> html.append(Html.escape(source.label()))
                            .append(": ")
                            .append(Figures.amount(amount))
                            .append("<br>"));
            html.append("</td><td>")
                    .append(Html.escape(String.join("; ", endpoint.freezable())))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n");
        if (!trace.links().isEmpty()) {
            html.append("<h2>Links crossed</h2>\n<ul>\n");
            trace.links()
                    .forEach(l -> html.append("<li>").append(Html.escape(l)).append("</li>\n"));
            html.append("</ul>\n");
        }
        html.append("<h2>Assumptions</h2>\n<ul>\n");
        trace.assumptions()
                .forEach(a -> html.append("<li>").append(Html.escape(a)).append("</li>\n"));
        return html.append("</ul>\n").toString();
    }
}
