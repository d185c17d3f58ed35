package org.flowtrace.api.ownership;

import java.io.PrintWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.flowtrace.analytics.ownership.LinkHop;
import org.flowtrace.analytics.ownership.OperatorLinkReport;
import org.flowtrace.analytics.ownership.OperatorPath;
import org.flowtrace.analytics.ownership.OwnershipPath;
import org.flowtrace.analytics.ownership.OwnershipReport;
import org.flowtrace.analytics.ownership.Share;
import org.flowtrace.analytics.ownership.StatedInterest;
import org.flowtrace.graph.provenance.ProvenanceEntry;
import tools.jackson.databind.json.JsonMapper;

/** The text and JSON forms of {@link OwnershipReport} and {@link OperatorLinkReport}. */
public final class OwnershipOutput {

    /** How many stops the text form lists. */
    private static final int STOPS_SHOWN = 10;

    private OwnershipOutput() {}

    /** Owners as text: one block per owner, its share (exact fraction beside), role, and paths hop by hop with sources. */
    public static void owners(OwnershipReport report, PrintWriter out) {
        out.printf(
                "Beneficial owners of %s [%s] (more than %s %%)%n",
                report.company().name(), report.company().key(), Share.percent(report.threshold()));
        if (report.owners().isEmpty()) {
            out.println("  none above the threshold and nobody controls it, as far as the registers loaded say");
        }
        for (var owner : report.owners()) {
            out.printf(
                    "%n  %s [%s]  %s (%s)  %s%n",
                    owner.party().name(),
                    owner.party().key(),
                    owner.share().percent(),
                    owner.share().fractions(),
                    owner.role());
            for (var path : owner.paths()) {
                out.println("    " + pathLine(report, path));
                for (var hop : path.hops()) {
                    out.printf(
                            "      %s → %s: %s%s%n",
                            report.party(hop.owner()).name(),
                            report.party(hop.subject()).name(),
                            hop.describe(),
                            sources(hop.sources()));
                }
            }
        }
        out.printf(
                "%n  held by no stated owner: %s (%s)%n",
                report.unattributed().percent(), report.unattributed().fractions());
        report.notes().forEach(note -> out.println("  note: " + note));
    }

    /** A path on one line, owner first: {@code shares 63.00 %: 陈国豪 → 蓮星控股有限公司 → …}. */
    public static String pathLine(OwnershipReport report, OwnershipPath path) {
        var names = new ArrayList<String>();
        names.add(report.party(path.hops().getFirst().owner()).name());
        path.hops().forEach(hop -> names.add(report.party(hop.subject()).name()));
        var what = path.control() ? "control" : "shares " + path.share().percent();
        return what + ": " + String.join(" → ", names);
    }

    /** Links as text: one block per path, strongest first, each hop with its evidence and sources. */
    public static void links(OperatorLinkReport report, PrintWriter out) {
        out.printf(
                "Paths from %s to designated operators (at most %d hops; %d nodes read)%n",
                report.start().label(), report.parameters().maxHops(), report.nodesExplored());
        if (report.paths().isEmpty()) {
            out.println("  none found within the hop limit");
        }
        int rank = 1;
        for (var path : report.paths()) {
            out.printf(
                    Locale.ROOT,
                    "%n  %d. score %.3f, %d hops → %s%n     designated: %s%n",
                    rank++,
                    path.score(),
                    path.hops().size(),
                    path.target().label(),
                    String.join("; ", path.target().designations()));
            for (int i = 0; i < path.hops().size(); i++) {
                out.println("     " + hopLine(path, i));
            }
        }
        if (!report.stops().isEmpty()) {
            out.println();
            out.println("  not searched through (exchanges and hubs):");
            report.stops().stream()
                    .limit(STOPS_SHOWN)
                    .forEach(stop -> out.printf(
                            Locale.ROOT,
                            "     %s: %s (%,d transfers)%n",
                            stop.node().label(),
                            stop.reason(),
                            stop.transfers()));
            if (report.stops().size() > STOPS_SHOWN) {
                out.printf(
                        "     and %d more (--format json lists them all)%n",
                        report.stops().size() - STOPS_SHOWN);
            }
        }
        report.notes().forEach(note -> out.println("  note: " + note));
    }

    /** One hop: {@code A ←OWNS— B: owns 70 % … [bods.json /8]}. */
    public static String hopLine(OperatorPath path, int i) {
        var hop = path.hops().get(i);
        var arrow = hop.forward() ? " —" + hop.kind() + "→ " : " ←" + hop.kind() + "— ";
        return path.nodes().get(i).label() + arrow + path.nodes().get(i + 1).label() + ": " + hop.evidence()
                + sources(hop.sources());
    }

    /** Owners as JSON. */
    public static void ownersJson(OwnershipReport report, PrintWriter out) {
        var json = new LinkedHashMap<String, Object>();
        json.put(
                "company",
                Map.of("key", report.company().key(), "name", report.company().name()));
        json.put("threshold", Share.percent(report.threshold()));
        json.put(
                "owners",
                report.owners().stream()
                        .map(owner -> {
                            var row = new LinkedHashMap<String, Object>();
                            row.put("key", owner.party().key());
                            row.put("name", owner.party().name());
                            row.put("person", owner.party().person());
                            row.put("share", share(owner.share()));
                            row.put("role", owner.role());
                            row.put("owner", owner.owner());
                            row.put("possibleOwner", owner.possibleOwner());
                            row.put("controls", owner.controls());
                            row.put("nominee", owner.nominee());
                            row.put(
                                    "paths",
                                    owner.paths().stream()
                                            .map(p -> Map.of(
                                                    "control", p.control(),
                                                    "share", p.share() == null ? Map.of() : share(p.share()),
                                                    "hops",
                                                            p.hops().stream()
                                                                    .map(OwnershipOutput::hop)
                                                                    .toList()))
                                            .toList());
                            return row;
                        })
                        .toList());
        json.put("unattributed", share(report.unattributed()));
        json.put("notes", report.notes());
        print(json, out);
    }

    /** Links as JSON. */
    public static void linksJson(OperatorLinkReport report, PrintWriter out) {
        var json = new LinkedHashMap<String, Object>();
        json.put(
                "start",
                Map.of("key", report.start().key(), "name", report.start().name()));
        json.put("maxHops", report.parameters().maxHops());
        json.put("nodesExplored", report.nodesExplored());
        json.put("maxDegree", report.parameters().maxDegree());
        json.put(
                "paths",
                report.paths().stream()
                        .map(path -> {
                            var row = new LinkedHashMap<String, Object>();
                            row.put("score", path.score());
                            row.put(
                                    "target",
                                    Map.of(
                                            "key",
                                            path.target().key(),
                                            "name",
                                            path.target().name()));
                            row.put("designations", path.target().designations());
                            var hops = new ArrayList<Map<String, Object>>();
                            for (int i = 0; i < path.hops().size(); i++) {
                                hops.add(hop(path, i));
                            }
                            row.put("hops", hops);
                            return row;
                        })
                        .toList());
        json.put(
                "stops",
                report.stops().stream()
                        .map(stop -> {
                            var row = new LinkedHashMap<String, Object>();
                            row.put("key", stop.node().key());
                            row.put("kind", stop.node().kind());
                            row.put("name", stop.node().name());
                            row.put("transfers", stop.transfers());
                            row.put("reason", stop.reason());
                            return row;
                        })
                        .toList());
        json.put("notes", report.notes());
        print(json, out);
    }

    /** Where a hop was read: {@code  [bods.json /7]}, or nothing. */
    public static String sources(List<ProvenanceEntry> sources) {
        if (sources.isEmpty()) {
            return "";
        }
        return sources.stream().map(s -> fileName(s) + " " + s.locator()).collect(Collectors.joining("; ", "  [", "]"));
    }

    private static String fileName(ProvenanceEntry entry) {
        if (entry.source() == null) {
            return "sha256 " + entry.sha256().substring(0, 12);
        }
        var path = URI.create(entry.source().replace(" ", "%20")).getPath();
        if (path == null || path.isEmpty()) {
            return entry.source();
        }
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static Map<String, Object> share(Share share) {
        var row = new LinkedHashMap<String, Object>();
        row.put("percent", share.percent());
        row.put("lower", share.lower().toString().replace(" ", ""));
        row.put("lowerExclusive", share.lowerExclusive());
        row.put("upper", share.upper().toString().replace(" ", ""));
        row.put("upperExclusive", share.upperExclusive());
        return row;
    }

    private static Map<String, Object> hop(StatedInterest hop) {
        var row = new LinkedHashMap<String, Object>();
        row.put("owner", hop.owner());
        row.put("subject", hop.subject());
        row.put("relation", hop.relation().name());
        row.put("interestType", hop.interestType());
        row.put("share", hop.share() == null ? null : share(hop.share()));
        row.put("startDate", hop.startDate());
        row.put("sources", sourceRows(hop.sources()));
        return row;
    }

    private static Map<String, Object> hop(OperatorPath path, int i) {
        LinkHop hop = path.hops().get(i);
        var row = new LinkedHashMap<String, Object>();
        row.put("from", path.nodes().get(i).key());
        row.put("to", path.nodes().get(i + 1).key());
        row.put("toName", path.nodes().get(i + 1).name());
        row.put("kind", hop.kind().name());
        row.put("forward", hop.forward());
        row.put("evidence", hop.evidence());
        row.put("strength", hop.strength());
        row.put("sources", sourceRows(hop.sources()));
        return row;
    }

    private static List<Map<String, Object>> sourceRows(List<ProvenanceEntry> sources) {
        return sources.stream()
                .map(s -> {
                    var row = new LinkedHashMap<String, Object>();
                    row.put("source", s.source());
                    row.put("locator", s.locator());
                    row.put("sha256", s.sha256());
                    row.put("runId", s.runId());
                    return (Map<String, Object>) row;
                })
                .toList();
    }

    private static void print(Map<String, Object> json, PrintWriter out) {
        out.println(
                JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(json));
        out.flush();
    }
}
