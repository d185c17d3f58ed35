package org.flowtrace.analytics.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.flowtrace.analytics.ownership.LinkParameters;
import org.flowtrace.analytics.ownership.OperatorLinks;
import org.flowtrace.analytics.ownership.OperatorPath;
import org.flowtrace.analytics.tracing.Figures;
import org.flowtrace.analytics.tracing.TraceRequest;
import org.flowtrace.analytics.tracing.TraceResult;
import org.flowtrace.analytics.tracing.Tracer;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.party.PartyLookup;
import org.neo4j.driver.Record;

/**
 * Builds a case from a finding, party, account or wallet: gathers a bounded neighbourhood, stores it as a
 * {@code :Case} ({@link CaseWriter}: rebuilding a name replaces its contents) and returns it as read back
 * ({@link CaseReader}). Each step reads at most {@link CaseParameters#maxElements()} elements:
 *
 * <ol>
 *   <li>the start, then one step around it: the parties holding its accounts and controlling its wallets,
 *       their {@code SAME_AS} records (confirmed, or candidates scoring at least 0.8), and the accounts and
 *       wallets those parties hold;
 *   <li>the findings involving those accounts and wallets (strongest first, at most
 *       {@link CaseParameters#maxFindings()}), their members and evidence transfers;
 *   <li>traces by {@link CaseParameters#rule()} from the first {@link CaseParameters#maxTraceStarts()}
 *       accounts and wallets (the start first): forward from each, backward from its largest outflow;
 *   <li>the paths from the start to designated operators ({@link OperatorLinks}) and every node on them;
 *   <li>the ownership chains (current {@code OWNS}/{@code CONTROLS}, up and down, at most
 *       {@link CaseParameters#linkHops()} levels) of every party included, then the {@code SAME_AS} records of
 *       every party included;
 *   <li>the holders of every account and wallet included, the reports that name an included party or
 *       account or state an included transfer, and the parties and accounts those reports name;
 *   <li>the designations of every party and wallet included.
 * </ol>
 */
public final class CaseBuilder {

    private static final String START = """
            CALL () {
              MATCH (n:Finding {key: $key}) RETURN n, 'FINDING' AS label
              UNION MATCH (n:Account {key: $key}) RETURN n, 'ACCOUNT' AS label
              UNION MATCH (n:Wallet) WHERE n.key IN [$key, $lowerKey] RETURN n, 'WALLET' AS label
              UNION MATCH (n:Party {key: $key}) RETURN n, 'PARTY' AS label
            }
            RETURN n.key AS key, label LIMIT 1
            """;

    private static final String ENDPOINT_LABEL = "CASE WHEN %s:Wallet THEN 'WALLET' ELSE 'ACCOUNT' END";

    private static final String ENDPOINTS = """
            UNWIND $keys AS key
            CALL (key) { MATCH (e:Account {key: key}) RETURN e UNION MATCH (e:Wallet {key: key}) RETURN e }
            """;

    private static final String HOLDERS = ENDPOINTS + """
            MATCH (p:Party)-[:HOLDS|CONTROLS_WALLET]->(e)
            RETURN DISTINCT p.key AS key LIMIT $limit
            """;

    private static final String SAME_AS = """
            UNWIND $keys AS key
            MATCH (:Party {key: key})-[s:SAME_AS]-(o:Party)
            WHERE s.status = 'CONFIRMED' OR (s.status = 'CANDIDATE' AND s.score >= 0.8)
            RETURN DISTINCT o.key AS key LIMIT $limit
            """;

    private static final String OWNERSHIP = """
            UNWIND $keys AS key
            MATCH (p:Party {key: key})
            CALL (p) {
              MATCH (p)-[r:OWNS|CONTROLS*1..%1$d]->(o:Party) WHERE all(x IN r WHERE coalesce(x.current, true)) RETURN o
              UNION
              MATCH (o:Party)-[r:OWNS|CONTROLS*1..%1$d]->(p) WHERE all(x IN r WHERE coalesce(x.current, true)) RETURN o
            }
            RETURN DISTINCT o.key AS key LIMIT $limit
            """;

    private static final String HELD = """
            UNWIND $keys AS key
            MATCH (:Party {key: key})-[:HOLDS|CONTROLS_WALLET]->(e)
            WHERE e:Account OR e:Wallet
            RETURN DISTINCT e.key AS key, %s AS label LIMIT $limit
            """.formatted(ENDPOINT_LABEL.formatted("e"));

    private static final String FINDING_COLUMNS = """
            RETURN f.key AS key, coalesce(f.transferIds, []) AS transferIds,
                   [(f)-[:INVOLVES]->(m) | {key: m.key, label: %s}] AS members
            """.formatted(ENDPOINT_LABEL.formatted("m"));

    private static final String FINDING = "MATCH (f:Finding {key: $key})\n" + FINDING_COLUMNS;

    private static final String FINDINGS = ENDPOINTS + """
            MATCH (f:Finding)-[:INVOLVES]->(e)
            WITH DISTINCT f ORDER BY f.score DESC, f.key LIMIT $limit
            """ + FINDING_COLUMNS;

    private static final String LABELS =
            ENDPOINTS + "RETURN e.key AS key, " + ENDPOINT_LABEL.formatted("e") + " AS label\n";

    private static final String LARGEST_OUTFLOW = ENDPOINTS + """
            MATCH (e)-[t:TRANSFER]->()
            RETURN t.id AS id ORDER BY coalesce(t.usdApprox, 0.0) DESC, t.id LIMIT 1
            """;

    private static final String REPORTS = """
            CALL () {
              UNWIND $parties AS key MATCH (r:Report)-[:NAMES]->(:Party {key: key}) RETURN r
              UNION UNWIND $accounts AS key MATCH (r:Report)-[:NAMES]->(:Account {key: key}) RETURN r
              UNION MATCH ()-[t:TRANSFER]->() WHERE t.id IN $transfers
                    UNWIND coalesce(t.reports, []) AS key MATCH (r:Report {key: key}) RETURN r
            }
            WITH r ORDER BY r.key LIMIT $limit
            RETURN r.key AS key,
                   [(r)-[:NAMES]->(x) WHERE x:Party OR x:Account |
                      {key: x.key, label: CASE WHEN x:Party THEN 'PARTY' ELSE 'ACCOUNT' END}] AS named
            """;

    private static final String DESIGNATIONS = """
            CALL () {
              UNWIND $parties AS key MATCH (:Party {key: key})-[:DESIGNATED_BY]->(d:Designation) RETURN d
              UNION UNWIND $wallets AS key MATCH (:Wallet {key: key})-[:DESIGNATED_BY]->(d:Designation) RETURN d
            }
            RETURN d.key AS key LIMIT $limit
            """;

    private final GraphConnection graph;

    public CaseBuilder(GraphConnection graph) {
        this.graph = graph;
    }

    /**
     * Builds (or rebuilds) the case {@code name} from {@code from}: a finding key, an account
     * ({@code BIC:number}), a wallet ({@code CHAIN:address}), or a party by key, name or alias.
     *
     * @throws IllegalArgumentException when nothing in the graph is called {@code from}
     */
    public CaseContents build(String name, String from, String analyst, CaseParameters parameters) {
        if (name.isBlank()) {
            throw new IllegalArgumentException("a case needs a name");
        }
        var members = new CaseMembers();
        var notes = new ArrayList<String>();
        var start = start(from);
        members.add(start.label(), start.key(), "start");
        if (start.label() == MemberLabel.FINDING) {
            read(FINDING, Map.of("key", start.key())).forEach(r -> finding(r, members));
        }
        var around = around(members, parameters.maxElements());
        read(FINDINGS, Map.of("keys", around, "limit", parameters.maxFindings()))
                .forEach(r -> finding(r, members));
        var traces = traces(around, parameters, members, notes);
        var linkStart = start.label() == MemberLabel.FINDING
                ? around.stream().findFirst().orElse(null)
                : start.key();
        var paths = linkStart == null ? List.<String>of() : operatorPaths(linkStart, parameters, members, notes);
        ownership(parameters, members);
        reports(parameters.maxElements(), members);
        for (var designation : keys(read(
                DESIGNATIONS,
                Map.of(
                        "parties", members.keys(MemberLabel.PARTY),
                        "wallets", members.keys(MemberLabel.WALLET),
                        "limit", parameters.maxElements())))) {
            members.add(MemberLabel.DESIGNATION, designation, "designation");
        }
        new CaseWriter(graph)
                .replace(name, analyst, Instant.now(), start.key(), parameters, members, traces, paths, notes);
        return new CaseReader(graph).read(name);
    }

    /** Step 1: the holders of the start, their other records, what they hold; returns the accounts and wallets. */
    private List<String> around(CaseMembers members, int limit) {
        var parties = new LinkedHashSet<String>(members.keys(MemberLabel.PARTY));
        parties.addAll(keys(read(HOLDERS, Map.of("keys", members.endpoints(), "limit", limit))));
        parties.addAll(keys(read(SAME_AS, Map.of("keys", List.copyOf(parties), "limit", limit))));
        parties.forEach(p -> members.add(MemberLabel.PARTY, p, "around the start"));
        for (var r : read(HELD, Map.of("keys", List.copyOf(parties), "limit", limit))) {
            members.add(
                    MemberLabel.valueOf(r.get("label").asString()),
                    r.get("key").asString(),
                    "held by a party of the start");
        }
        return members.endpoints();
    }

    /** Step 3: forward from each account and wallet, backward from its largest outflow. */
    private List<String> traces(
            List<String> around, CaseParameters parameters, CaseMembers members, List<String> notes) {
        var traces = new ArrayList<String>();
        var starts = around.stream().limit(parameters.maxTraceStarts()).toList();
        var tracer = new Tracer(graph);
        for (var endpoint : starts) {
            trace(tracer, request(endpoint, TraceRequest.Direction.FORWARD, parameters), members, traces, notes);
            for (var outflow : read(LARGEST_OUTFLOW, Map.of("keys", List.of(endpoint)))) {
                var id = outflow.get("id").asString();
                trace(tracer, request(id, TraceRequest.Direction.BACKWARD, parameters), members, traces, notes);
            }
        }
        if (around.size() > starts.size()) {
            notes.add("traced from the first " + starts.size() + " of " + around.size()
                    + " accounts and wallets around the start");
        }
        return traces;
    }

    private static TraceRequest request(String from, TraceRequest.Direction direction, CaseParameters parameters) {
        return new TraceRequest(from, direction, parameters.rule(), parameters.traceHops(), null);
    }

    /** Step 4: the paths from the start to designated operators, and every node on them. */
    private List<String> operatorPaths(
            String start, CaseParameters parameters, CaseMembers members, List<String> notes) {
        var report = new OperatorLinks(graph)
                .from(
                        start,
                        LinkParameters.DEFAULTS
                                .withMaxHops(parameters.linkHops())
                                .withMaxPaths(5));
        notes.addAll(report.notes());
        var paths = new ArrayList<String>();
        for (var path : report.paths()) {
            paths.add(describe(path));
            for (var node : path.nodes()) {
                members.add(label(node.kind()), node.key(), "path to an operator");
            }
        }
        return paths;
    }

    /** Step 5: the ownership chains of the parties included, then the other records of every party included. */
    private void ownership(CaseParameters parameters, CaseMembers members) {
        var limit = parameters.maxElements();
        var chains = OWNERSHIP.formatted(parameters.linkHops());
        for (var party : keys(read(chains, Map.of("keys", members.keys(MemberLabel.PARTY), "limit", limit)))) {
            members.add(MemberLabel.PARTY, party, "ownership chain");
        }
        for (var same : keys(read(SAME_AS, Map.of("keys", members.keys(MemberLabel.PARTY), "limit", limit)))) {
            members.add(MemberLabel.PARTY, same, "same party as one included");
        }
    }

    /** Step 6: holders of what is included, the reports naming or stating it, and what those reports name. */
    private void reports(int limit, CaseMembers members) {
        for (var holder : keys(read(HOLDERS, Map.of("keys", members.endpoints(), "limit", limit)))) {
            members.add(MemberLabel.PARTY, holder, "holder");
        }
        var reports = read(
                REPORTS,
                Map.of(
                        "parties", members.keys(MemberLabel.PARTY),
                        "accounts", members.keys(MemberLabel.ACCOUNT),
                        "transfers", members.transfers(),
                        "limit", limit));
        for (var r : reports) {
            members.add(MemberLabel.REPORT, r.get("key").asString(), "names or states an element of the case");
            for (var named : r.get("named").values()) {
                members.add(
                        MemberLabel.valueOf(named.get("label").asString()),
                        named.get("key").asString(),
                        "named in a report");
            }
        }
    }

    private record Start(String key, MemberLabel label) {}

    private Start start(String from) {
        var colon = from.indexOf(':');
        var lowerKey = colon < 0
                ? from
                : from.substring(0, colon + 1) + from.substring(colon + 1).toLowerCase(Locale.ROOT);
        var found = read(START, Map.of("key", from, "lowerKey", lowerKey));
        if (!found.isEmpty()) {
            return new Start(
                    found.getFirst().get("key").asString(),
                    MemberLabel.valueOf(found.getFirst().get("label").asString()));
        }
        return new Start(new PartyLookup(graph).find(from).key(), MemberLabel.PARTY);
    }

    private static void finding(Record r, CaseMembers members) {
        members.add(MemberLabel.FINDING, r.get("key").asString(), "involves the start");
        members.addTransfers(r.get("transferIds").asList(v -> v.asString()));
        for (var member : r.get("members").values()) {
            members.add(
                    MemberLabel.valueOf(member.get("label").asString()),
                    member.get("key").asString(),
                    "in a finding");
        }
    }

    private void trace(
            Tracer tracer, TraceRequest request, CaseMembers members, List<String> traces, List<String> notes) {
        TraceResult result;
        try {
            result = tracer.trace(request);
        } catch (IllegalArgumentException cannot) {
            notes.add("no trace from " + request.from() + ": " + cannot.getMessage());
            return;
        }
        var ends = new LinkedHashSet<String>();
        for (var hop : result.hops()) {
            members.addTraced(hop.transferId());
            ends.add(hop.from());
            ends.add(hop.to());
        }
        for (var r : read(LABELS, Map.of("keys", List.copyOf(ends)))) {
            members.add(
                    MemberLabel.valueOf(r.get("label").asString()), r.get("key").asString(), "on a trace");
        }
        var rests = result.endpoints().stream()
                .map(e -> e.pool() + " "
                        + Figures.amount(e.tracedTotal(result.method().additive())) + " USD (" + e.why() + ")")
                .collect(Collectors.joining("; "));
        traces.add(result.direction().name().toLowerCase(Locale.ROOT) + " "
                + result.method().name() + " from "
                + result.start() + ", " + result.hops().size() + " hops"
                + (rests.isEmpty()
                        ? ""
                        : (result.direction() == TraceRequest.Direction.FORWARD ? "; rests at: " : "; came from: ")
                                + rests));
    }

    private static MemberLabel label(String linkKind) {
        return switch (linkKind) {
            case "account" -> MemberLabel.ACCOUNT;
            case "wallet" -> MemberLabel.WALLET;
            default -> MemberLabel.PARTY;
        };
    }

    private static String describe(OperatorPath path) {
        var text = new StringBuilder(path.nodes().getFirst().label());
        for (int i = 0; i < path.hops().size(); i++) {
            var hop = path.hops().get(i);
            text.append(" —")
                    .append(hop.kind().name())
                    .append("→ ")
                    .append(path.nodes().get(i + 1).label());
        }
        return text.append(" (designated: ")
                .append(String.join("; ", path.target().designations()))
                .append(String.format(Locale.ROOT, "; score %.3f)", path.score()))
                .toString();
    }

    private static List<String> keys(List<Record> records) {
        return records.stream()
                .map(r -> r.get("key").asString())
                .filter(Objects::nonNull)
                .toList();
    }

    private List<Record> read(String cypher, Map<String, Object> parameters) {
        return graph.readQuery(cypher).withParameters(parameters).execute().records();
    }
}
