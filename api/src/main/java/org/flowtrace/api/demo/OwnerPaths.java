package org.flowtrace.api.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.flowtrace.analytics.ownership.LinkKind;
import org.flowtrace.analytics.ownership.LinkParameters;
import org.flowtrace.analytics.ownership.OperatorLinks;
import org.flowtrace.analytics.ownership.OperatorPath;
import org.flowtrace.analytics.ownership.OwnershipParameters;
import org.flowtrace.analytics.ownership.OwnershipReport;
import org.flowtrace.analytics.ownership.UltimateOwners;
import org.flowtrace.api.ownership.OwnershipOutput;
import org.flowtrace.graph.connection.GraphConnection;

/**
 * The demo's owner paths to the operator: for every company a register states owners of, its
 * beneficial owners and the strongest path up its ownership (from the company to its owners, then the
 * {@code SAME_AS} that joins the register's owner to the list's entry) to a designated operator, a
 * designated person before a designated place or company.
 */
public final class OwnerPaths {

    /** One company: its owners and its owner path to an operator. */
    public record CompanyOwners(OwnershipReport owners, OperatorPath path) {}

    private static final String COMPANIES = """
            MATCH (c:Organisation)<-[r:OWNS|CONTROLS]-()
            WHERE coalesce(r.current, true)
            RETURN DISTINCT c.key AS key ORDER BY key
            """;

    private static final Set<LinkKind> OWNERSHIP = EnumSet.of(LinkKind.OWNS, LinkKind.CONTROLS, LinkKind.SAME_AS);

    private OwnerPaths() {}

    /** Every registered company whose ownership leads to a designated operator. */
    public static List<CompanyOwners> of(GraphConnection graph) {
        var found = new ArrayList<CompanyOwners>();
        var owners = new UltimateOwners(graph);
        var links = new OperatorLinks(graph);
        for (var record : graph.readQuery(COMPANIES).execute().records()) {
            var company = record.get("key").asString();
            links.from(company, LinkParameters.DEFAULTS.withMaxPaths(50)).paths().stream()
                    .filter(OwnerPaths::upTheOwnership)
                    .min(Comparator.comparing(
                            (OperatorPath p) -> !p.target().kind().equals("person")))
                    .ifPresent(path ->
                            found.add(new CompanyOwners(owners.of(company, OwnershipParameters.DEFAULTS), path)));
        }
        return found;
    }

    /** Whether the path climbs from the company to its owners (then joins records of one party) and nothing else. */
    private static boolean upTheOwnership(OperatorPath path) {
        return path.hops().stream().anyMatch(h -> h.kind() == LinkKind.OWNS)
                && path.hops().stream()
                        .allMatch(h -> h.kind() == LinkKind.SAME_AS || (OWNERSHIP.contains(h.kind()) && !h.forward()));
    }

    /** The summary the demo prints: one block per company. */
    public static String text(List<CompanyOwners> companies) {
        var text = new StringBuilder("Owner paths to the operator:\n");
        if (companies.isEmpty()) {
            text.append("  none: no registered company's owners lead to a designated operator\n");
        }
        for (var company : companies) {
            var report = company.owners();
            text.append("  ")
                    .append(report.company().name())
                    .append(" [")
                    .append(report.company().key())
                    .append("]\n");
            for (var owner : report.owners()) {
                text.append("    owner ")
                        .append(owner.party().name())
                        .append(' ')
                        .append(owner.share().percent())
                        .append(" (")
                        .append(owner.share().fractions())
                        .append("), ")
                        .append(owner.role())
                        .append('\n');
            }
            var path = company.path();
            text.append("    path to ")
                    .append(path.target().name())
                    .append(" (")
                    .append(String.join("; ", path.target().designations()))
                    .append("), ")
                    .append(path.hops().size())
                    .append(" hops:\n");
            for (int i = 0; i < path.hops().size(); i++) {
                text.append("      ").append(OwnershipOutput.hopLine(path, i)).append('\n');
            }
        }
        return text.toString();
    }

    /** The report's section. */
    public static String html(List<CompanyOwners> companies) {
        var html = new StringBuilder("<h2 id=\"owners\">Owner paths to the operator</h2>\n");
        html.append("<p>Beneficial owners (more than 25 %; shares multiplied along chains, ownership cycles solved"
                + " exactly as (I − A)<sup>−1</sup>, docs/ownership.md) of every company the register states owners"
                + " of, and the path up its ownership to a designated operator, each hop with its source.</p>\n");
        if (companies.isEmpty()) {
            return html.append("<p>No registered company's owners lead to a designated operator.</p>\n")
                    .toString();
        }
        html.append("<table><tr><th>company</th><th>beneficial owners</th><th>path to the operator</th></tr>\n");
        for (var company : companies) {
            var report = company.owners();
            html.append("<tr><td>").append(Html.escape(report.company().name())).append("</td><td>");
            for (var owner : report.owners()) {
                html.append(Html.escape(owner.party().name() + " "
                                + owner.share().percent() + " (" + owner.share().fractions() + "), " + owner.role()))
                        .append("<br>");
            }
            html.append("</td><td><ol>");
            var path = company.path();
            for (int i = 0; i < path.hops().size(); i++) {
                html.append("<li>")
                        .append(Html.escape(OwnershipOutput.hopLine(path, i)))
                        .append("</li>");
            }
            html.append("</ol>designated: ")
                    .append(Html.escape(String.join("; ", path.target().designations())))
                    .append("</td></tr>\n");
        }
        return html.append("</table>\n").toString();
    }
}
