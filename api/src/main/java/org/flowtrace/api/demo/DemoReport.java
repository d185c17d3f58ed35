package org.flowtrace.api.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.flowtrace.analytics.coercion.PossibleVictims;
import org.flowtrace.analytics.coercion.SuspectRanking;
import org.flowtrace.analytics.tracing.RestitutionSchedule;
import org.flowtrace.api.findings.FindingsOutput;
import org.flowtrace.api.findings.RankedFinding;
import org.flowtrace.api.tracing.RestitutionOutput;
import org.flowtrace.graph.connection.GraphConnection;

/**
 * Writes {@code index.html}: one self-contained page (inline CSS and SVG, no script, nothing fetched)
 * with what the graph holds, each ingest run, the findings with their explanations, the possible victims
 * of trafficking (with the non-punishment reminder) apart from the suspects, the money-flow
 * picture, the owner paths to the operator, a link to the case pack, and the restitution schedule of the frozen funds under every allocation rule. Every value comes from the graph; every text is escaped.
 */
public final class DemoReport {

    /** One line of the ingest table. */
    public record IngestLine(String source, String status, long read, long written, long rejected) {}

    private static final String COUNTS = """
            CALL () { MATCH ()-[t:TRANSFER]->() RETURN 'Transfers' AS what, count(t) AS n
              UNION ALL MATCH (n:Account) RETURN 'Bank accounts' AS what, count(n) AS n
              UNION ALL MATCH (n:Wallet) RETURN 'Wallets' AS what, count(n) AS n
              UNION ALL MATCH (n:Wallet {custodial: true}) RETURN 'Exchange (custodial) wallets' AS what, count(n) AS n
              UNION ALL MATCH (n:Party) RETURN 'Persons and organisations' AS what, count(n) AS n
              UNION ALL MATCH (n:Report) RETURN 'Suspicious-transaction reports' AS what, count(n) AS n
              UNION ALL MATCH ()-[r:OWNS|CONTROLS]->() RETURN 'Ownership and control links' AS what, count(r) AS n
              UNION ALL MATCH (n:Designation) RETURN 'Designations' AS what, count(n) AS n
              UNION ALL MATCH (n:Finding) RETURN 'Findings' AS what, count(n) AS n }
            RETURN what, n
            """;

    private DemoReport() {}

    /** Writes the report into {@code folder} and returns the page's path. */
    public static Path write(
            Path folder,
            GraphConnection graph,
            List<IngestLine> ingests,
            String caseTitle,
            List<RestitutionSchedule> restitution,
            List<OwnerPaths.CompanyOwners> owners,
            String casePack) {
        var html = new StringBuilder();
        html.append("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>flowtrace report</title>
                <style>
                body{font-family:system-ui,sans-serif;margin:2em;color:#222;max-width:1400px}
                table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}
                th{background:#f0f3f6}td.n{text-align:right}.note{background:#fff7e0;padding:.6em 1em;border-left:4px solid #e0a800}
                .legend span{display:inline-block;padding:2px 8px;margin-right:8px;color:white;border-radius:4px}
                svg{border:1px solid #ddd;background:#fcfcfd}
                </style></head><body>
                """);
        html.append("<h1>flowtrace report: ").append(Html.escape(caseTitle)).append("</h1>\n");
        html.append(
                        "<p class=\"note\">The case is fictional: every name, account, wallet and company in it is invented."
                                + " Generated ")
                .append(Instant.now())
                .append(".</p>\n");

        html.append("<h2 id=\"graph\">What the graph holds</h2>\n<table><tr><th>element</th><th>count</th></tr>\n");
        graph.readQuery(COUNTS)
                .execute()
                .records()
                .forEach(r -> html.append("<tr><td>")
                        .append(Html.escape(r.get("what").asString()))
                        .append("</td><td class=\"n\">")
                        .append(String.format(Locale.ROOT, "%,d", r.get("n").asLong()))
                        .append("</td></tr>\n"));
        html.append("</table>\n");

        html.append("<h2 id=\"ingest\">Evidence loaded</h2>\n<table><tr><th>source</th><th>status</th><th>read</th>"
                + "<th>written</th><th>rejected</th></tr>\n");
        for (var line : ingests) {
            html.append(
                    "<tr><td>%s</td><td>%s</td><td class=\"n\">%,d</td><td class=\"n\">%,d</td><td class=\"n\">%,d</td></tr>\n"
                            .formatted(
                                    Html.escape(line.source()),
                                    Html.escape(line.status()),
                                    line.read(),
                                    line.written(),
                                    line.rejected()));
        }
        html.append("</table>\n");

        html.append("<h2 id=\"findings\">Findings</h2>\n");
        var findings = RankedFinding.top(graph, 100);
        if (findings.isEmpty()) {
            html.append("<p>No detector found a pattern.</p>\n");
        } else {
            html.append("<table><tr><th>score</th><th>typology</th><th>transfers</th><th>explanation</th></tr>\n");
            findings.forEach(f ->
                    html.append("<tr><td class=\"n\">%.2f</td><td>%s</td><td class=\"n\">%d</td><td>%s</td></tr>\n"
                            .formatted(
                                    f.score(),
                                    Html.escape(f.typology()),
                                    f.transfers(),
                                    Html.escape(f.explanation() + FindingsOutput.mark(f)))));
            html.append("</table>\n");
        }
        html.append(FindingsOutput.victimsHtml(PossibleVictims.of(graph)));
        html.append("<h2 id=\"suspects\">Suspects</h2>\n<pre>")
                .append(Html.escape(FindingsOutput.suspects(SuspectRanking.top(graph, 10))))
                .append("</pre>\n");

        html.append(
                "<h2 id=\"money-flow\">Money flow</h2>\n<p class=\"legend\"><span style=\"background:#2e8b57\">where money enters"
                        + " (victims, families)</span><span style=\"background:#7f8c8d\">accounts and wallets</span>"
                        + "<span style=\"background:#c0392b\">tagged scam / operator</span><span style=\"background:#3b6fd6\">exchange"
                        + " (a freeze request can go here)</span></p>\n<p>Columns: hops from where the money entered. Width: USD value."
                        + " Hover for names and amounts.</p>\n");
        html.append(MoneyFlowPicture.svg(graph));
        html.append(OwnerPaths.html(owners));
        html.append("<h2 id=\"case\">Case pack</h2>\n<p>The case of the operator's ransom wallet (a ransom receiver):"
                        + " its findings, traces, owner paths, reports and the sources and checksums of every fact, mapped"
                        + " to the predicate offences (trafficking in persons, fraud, extortion, illegal restraint, money"
                        + " laundering): <a href=\"")
                .append(Html.escape(casePack))
                .append("\">")
                .append(Html.escape(casePack))
                .append("</a> (also as JSON and FollowTheMoney entities beside it). For FIU and prosecutor use only:"
                        + " it contains STR content.</p>\n");
        if (!restitution.isEmpty()) {
            html.append("<h2 id=\"restitution-by-rule\">Restitution by allocation rule</h2>\n<p>What each victim"
                    + " gets back from the frozen funds under each rule (USD; definitions in docs/tracing.md;"
                    + " the schedules as CSV beside this page, in restitution-&lt;rule&gt;/).</p>\n");
            html.append(RestitutionOutput.comparison(restitution));
            var libr = restitution.stream()
                    .filter(s -> s.method().name().equals("libr"))
                    .findFirst()
                    .orElse(restitution.get(0));
            html.append(RestitutionOutput.section(libr, 2));
        }
        html.append("</body></html>\n");
        try {
            Files.createDirectories(folder);
            var page = folder.resolve("index.html");
            Files.writeString(page, html, StandardCharsets.UTF_8);
            return page;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report into " + folder, e);
        }
    }
}
