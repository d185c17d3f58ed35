package org.flowtrace.api.cases;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.flowtrace.analytics.cases.CaseContents;
import org.flowtrace.analytics.cases.CaseFact;
import org.flowtrace.analytics.cases.FactKind;
import org.flowtrace.analytics.cases.PredicateOffence;
import org.flowtrace.api.demo.Html;
import org.flowtrace.api.demo.MoneyFlowPicture;
import org.flowtrace.graph.model.Sha256;
import org.jspecify.annotations.Nullable;

/**
 * A case pack as one offline page (inline CSS and SVG, no script, nothing fetched): the marking, what the
 * case was built from, a section per predicate offence listing the evidence for each of its elements, the
 * timeline, the flow picture of the case's transfers, the traces and paths to operators, and every fact
 * with its sources (file, record, SHA-256, ingest run). Possible victims are marked as such wherever they
 * appear. Every text is escaped.
 */
public final class CaseHtml {

    private CaseHtml() {}

    public static String page(CaseContents contents) {
        var facts = contents.factsByKey();
        var body = new StringBuilder();
        body.append("<p class=\"note\" id=\"marking\"><strong>")
                .append(Html.escape(CaseContents.MARKING))
                .append("</strong></p>\n");
        body.append("<h1>Case pack: ").append(Html.escape(contents.name())).append("</h1>\n");
        body.append("<p>Built from <code>")
                .append(Html.escape(contents.start()))
                .append("</code> by ")
                .append(Html.escape(contents.analyst()))
                .append("; created ")
                .append(contents.createdAt())
                .append(", last built ")
                .append(contents.updatedAt())
                .append(" (")
                .append(Html.escape(contents.parameters()))
                .append("). ")
                .append(contents.facts().size())
                .append(" facts, ")
                .append(contents.evidence().size())
                .append(" pieces of evidence.</p>\n");
        if (!contents.victims().isEmpty()) {
            body.append("<p class=\"note\">Possible victims (marked <span class=\"victim\">victim</span>): ")
                    .append(Html.escape(String.join(
                            "; ",
                            contents.victims().stream()
                                    .sorted()
                                    .map(v ->
                                            facts.containsKey(v) ? facts.get(v).label() : v)
                                    .toList())))
                    .append(". Victims of trafficking compelled to commit offences are not to be punished for them"
                            + " (non-punishment principle: Palermo Protocol; ASEAN ACTIP art. 14(7)); they are"
                            + " never suspects in this pack.</p>\n");
        }

        body.append("<h2 id=\"offences\">Predicate offences</h2>\n");
        for (var offence : PredicateOffence.values()) {
            body.append("<h3 id=\"offence-")
                    .append(offence.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .append("\">")
                    .append(Html.escape(offence.title()))
                    .append("</h3>\n<p>")
                    .append(Html.escape(offence.basis()))
                    .append("</p>\n");
            var evidence = contents.evidence(offence);
            if (evidence.isEmpty()) {
                body.append("<p>No evidence in this case.</p>\n");
                continue;
            }
            body.append("<table><tr><th>element</th><th>evidence</th><th>why</th><th>sources</th></tr>\n");
            for (var item : evidence) {
                var fact = facts.get(item.fact());
                body.append("<tr><td>")
                        .append(Html.escape(item.supports().text()))
                        .append("</td><td>")
                        .append(fact == null ? Html.escape(item.fact()) : describe(fact, contents))
                        .append("</td><td>")
                        .append(Html.escape(item.why()))
                        .append("</td><td>")
                        .append(fact == null ? "" : sources(fact))
                        .append("</td></tr>\n");
            }
            body.append("</table>\n");
        }

        body.append("<h2 id=\"timeline\">Timeline</h2>\n<table><tr><th>when (UTC)</th><th>what</th><th>fact</th>"
                + "<th>sources</th></tr>\n");
        for (var fact : contents.timeline()) {
            body.append("<tr><td>")
                    .append(fact.at())
                    .append("</td><td>")
                    .append(Html.escape(
                            fact.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')))
                    .append("</td><td>")
                    .append(describe(fact, contents))
                    .append("</td><td>")
                    .append(sources(fact))
                    .append("</td></tr>\n");
        }
        body.append("</table>\n");

        body.append("<h2 id=\"flow\">Flow picture</h2>\n<p>The case's transfers: columns are hops from where the money"
                + " entered; width is USD value; green where money enters, red scam or operator wallets, blue"
                + " exchanges. Hover for names and amounts.</p>\n");
        body.append(MoneyFlowPicture.draw(edges(contents)));

        body.append("<h2 id=\"traces\">Traces</h2>\n");
        list(body, contents.traces(), "No trace moved value.");
        body.append("<h2 id=\"operator-paths\">Paths to designated operators</h2>\n");
        list(body, contents.operatorPaths(), "No path to a designated operator within the hop limit.");

        body.append("<h2 id=\"facts\">Facts and their sources</h2>\n<table><tr><th>kind</th><th>fact</th>"
                + "<th>details</th><th>sources (file — record — sha256 — run)</th></tr>\n");
        for (var fact : contents.facts()) {
            body.append("<tr id=\"fact-")
                    .append(Html.escape(anchor(fact.key())))
                    .append("\"><td>")
                    .append(fact.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                    .append("</td><td>")
                    .append(describe(fact, contents))
                    .append("</td><td>")
                    .append(details(fact))
                    .append("</td><td>")
                    .append(sources(fact))
                    .append("</td></tr>\n");
        }
        body.append("</table>\n");
        if (!contents.notes().isEmpty()) {
            body.append("<h2 id=\"notes\">Notes</h2>\n");
            list(body, contents.notes(), "");
        }
        body.append("<p class=\"note\">")
                .append(Html.escape(CaseContents.MARKING))
                .append("</p>\n");
        return Html.page("flowtrace case pack " + contents.name(), body.toString());
    }

    /** The case's transfers as the flow picture draws them, named as the case names its accounts and wallets. */
    static List<MoneyFlowPicture.Edge> edges(CaseContents contents) {
        var facts = contents.factsByKey();
        var byPair = new LinkedHashMap<String, double[]>();
        for (var fact : contents.facts()) {
            if (fact.kind() == FactKind.TRANSFER) {
                var usd = fact.property("usdApprox");
                var totals = byPair.computeIfAbsent(fact.from() + "\u0000" + fact.to(), k -> new double[2]);
                totals[0] += usd.isEmpty() ? 0 : Double.parseDouble(usd);
                totals[1]++;
            }
        }
        var edges = new ArrayList<MoneyFlowPicture.Edge>();
        byPair.forEach((pair, totals) -> {
            var ends = pair.split("\u0000");
            edges.add(new MoneyFlowPicture.Edge(
                    ends[0],
                    name(ends[0], facts),
                    kind(facts.get(ends[0])),
                    ends[1],
                    name(ends[1], facts),
                    kind(facts.get(ends[1])),
                    totals[0],
                    (long) totals[1]));
        });
        return edges;
    }

    private static String name(String key, Map<String, CaseFact> facts) {
        for (var fact : facts.values()) {
            if ((fact.kind() == FactKind.HOLDS || fact.kind() == FactKind.CONTROLS_WALLET) && key.equals(fact.to())) {
                var holder = facts.get(fact.from());
                if (holder != null) {
                    return holder.label();
                }
            }
        }
        var fact = facts.get(key);
        return fact == null ? key : fact.label();
    }

    private static String kind(@Nullable CaseFact endpoint) {
        if (endpoint == null) {
            return "other";
        }
        var categories = Arrays.stream(endpoint.property("tags").split("; "))
                .map(t -> t.contains(":") ? t.substring(0, t.indexOf(':')) : t)
                .map(t -> t.strip().toLowerCase(Locale.ROOT))
                .toList();
        return endpoint.property("custodial").equals("true") ? "exchange" : MoneyFlowPicture.kind(categories);
    }

    private static String describe(CaseFact fact, CaseContents contents) {
        var text = "<a href=\"#fact-" + Html.escape(anchor(fact.key())) + "\">" + Html.escape(fact.label()) + "</a>";
        boolean victim = contents.victims().contains(fact.key())
                || (fact.from() != null && contents.victims().contains(fact.from()))
                || (fact.to() != null && contents.victims().contains(fact.to()));
        return victim ? text + " <span class=\"victim\">victim</span>" : text;
    }

    private static String details(CaseFact fact) {
        var html = new StringBuilder("<code>").append(Html.escape(fact.key())).append("</code>");
        fact.properties()
                .forEach((name, value) -> html.append("<br>")
                        .append(Html.escape(name))
                        .append(": ")
                        .append(Html.escape(value.length() > 300 ? value.substring(0, 299) + "…" : value)));
        return html.toString();
    }

    private static String sources(CaseFact fact) {
        if (fact.sources().isEmpty()) {
            return "<em>no source recorded</em>";
        }
        var html = new StringBuilder();
        for (var entry : fact.sources()) {
            html.append("<span class=\"sha\">")
                    .append(Html.escape(CasePack.source(entry)))
                    .append("</span><br>");
        }
        return html.toString();
    }

    private static void list(StringBuilder body, List<String> lines, String none) {
        if (lines.isEmpty()) {
            body.append("<p>").append(Html.escape(none)).append("</p>\n");
            return;
        }
        body.append("<ul>\n");
        lines.forEach(line -> body.append("<li>").append(Html.escape(line)).append("</li>\n"));
        body.append("</ul>\n");
    }

    /** A fragment id for a fact: stable and unique, whatever characters its key has. */
    private static String anchor(String key) {
        return Sha256.hex(key).substring(0, 16);
    }
}
