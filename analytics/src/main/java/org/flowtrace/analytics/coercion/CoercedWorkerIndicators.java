package org.flowtrace.analytics.coercion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.flowtrace.analytics.projection.TransferProjection;
import org.flowtrace.analytics.projection.TransferProjectionReader;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.finding.Finding;
import org.flowtrace.graph.finding.FindingMember;
import org.flowtrace.graph.finding.FindingParty;
import org.flowtrace.graph.finding.FindingWriter;

/**
 * Coerced workers — victims, not suspects. Gathers the indicators of each account and wallet
 * ({@link VictimFlows}, {@link ReportedVictims}, {@link AccountBatches}, {@link SharedIdentifiers}),
 * combines their weights ({@link Indicator}) and writes a {@value #TYPOLOGY} finding for each one scoring at
 * least {@code minScore}: the account or wallet in the role {@value #VICTIM_ROLE}, the operator's
 * endpoints it paid and the senders it received from, every indicator's reason in the explanation, the
 * transfers that show them as evidence (its own transfers when only reports, openings or identifiers
 * speak). A person a report names as a victim who holds nothing here gets a finding of its own, with the
 * report's transfers as evidence. Then every other finding that involves a possible victim gives it the
 * role {@value #ROLE_ELSEWHERE} instead of mule or receiver (the detector's role is kept as
 * {@code detectedRole}), and {@link SuspectRanking} leaves it out. The operator's endpoints and exchanges'
 * wallets are never marked. Assumptions and what is not done: docs/coerced-workers.md.
 */
public final class CoercedWorkerIndicators {

    public static final String DETECTOR = "coerced-workers";
    public static final String TYPOLOGY = "POSSIBLE_TRAFFICKING_VICTIM";
    public static final String VERSION = "1";
    /** The role of the account, wallet or person in its own {@value #TYPOLOGY} finding. */
    public static final String VICTIM_ROLE = "possible victim";
    /** Its role in every other finding that involves it. */
    public static final String ROLE_ELSEWHERE = "possible trafficking victim";

    /** Evidence of a finding without transfers of its own indicators: its first transfers, at most this many. */
    static final int OWN_TRANSFERS = 200;

    /** What a run found. */
    public record Summary(int endpoints, int persons, int rolesReplaced) {}

    private final GraphConnection graph;
    private final CoercionParameters parameters;

    public CoercedWorkerIndicators(GraphConnection graph, CoercionParameters parameters) {
        this.graph = graph;
        this.parameters = parameters;
    }

    /** Reads the transfers itself; {@link #run(TransferProjection, String, Consumer)} reuses a projection. */
    public Summary run(String runId, Consumer<String> progress) {
        return run(new TransferProjectionReader(graph).read(), runId, progress);
    }

    /**
     * Finds the possible victims, writes their findings (replacing what earlier runs found) and gives them
     * their role in every other finding.
     */
    public Summary run(TransferProjection projection, String runId, Consumer<String> progress) {
        long started = System.nanoTime();
        var operator = OperatorEndpoints.read(graph);
        var signals = new LinkedHashMap<EndpointId, List<CoercionSignal>>();
        new VictimFlows(parameters)
                .find(projection, operator)
                .forEach((endpoint, signal) -> add(signals, EndpointId.of(projection, endpoint), signal));
        var reported = ReportedVictims.read(graph);
        reported.endpoints().forEach((endpoint, list) -> list.forEach(signal -> add(signals, endpoint, signal)));
        new AccountBatches(parameters).read(graph).forEach((endpoint, signal) -> add(signals, endpoint, signal));
        new SharedIdentifiers(parameters).read(graph).forEach((endpoint, signal) -> add(signals, endpoint, signal));

        var index = new HashMap<EndpointId, Integer>();
        for (int e = 0; e < projection.endpointCount(); e++) {
            index.put(EndpointId.of(projection, e), e);
        }
        var findings = new ArrayList<Finding>();
        var victims = new ArrayList<FindingMember>();
        var marked = new HashSet<EndpointId>();
        signals.forEach((endpoint, list) -> {
            double score = CoercionSignal.score(list);
            var at = index.get(endpoint);
            if (score < parameters.minScore() || operator.excluded(endpoint) || at == null) {
                return;
            }
            var persons = reported.persons().stream()
                    .filter(p -> p.holds().contains(endpoint))
                    .map(p -> new FindingParty(p.party(), VICTIM_ROLE))
                    .distinct()
                    .toList();
            findings.add(endpointFinding(projection, at, operator, list, score, persons));
            victims.add(new FindingMember(endpoint.label(), endpoint.key(), VICTIM_ROLE));
            marked.add(endpoint);
        });
        int endpoints = findings.size();
        var personFindings = personFindings(projection, reported.persons(), marked);
        findings.addAll(personFindings);

        var writer = new FindingWriter(graph);
        writer.write(findings, runId, Instant.now());
        int removed = writer.removeNotFoundAgain(List.of(DETECTOR), runId);
        int replaced = writer.replaceRoles(victims, ROLE_ELSEWHERE, List.of(TYPOLOGY));
        progress.accept(("%s: %,d accounts and wallets and %,d reports naming victims marked as possible victims of"
                        + " trafficking, their role in %,d other findings replaced%s in %.1f s")
                .formatted(
                        DETECTOR,
                        endpoints,
                        personFindings.size(),
                        replaced,
                        removed > 0 ? ", %,d earlier findings removed".formatted(removed) : "",
                        (System.nanoTime() - started) / 1e9));
        return new Summary(endpoints, personFindings.size(), replaced);
    }

    private static void add(Map<EndpointId, List<CoercionSignal>> signals, EndpointId endpoint, CoercionSignal signal) {
        signals.computeIfAbsent(endpoint, k -> new ArrayList<>()).add(signal);
    }

    private Finding endpointFinding(
            TransferProjection graph,
            int endpoint,
            OperatorEndpoints operator,
            List<CoercionSignal> signals,
            double score,
            List<FindingParty> persons) {
        var ids =
                signals.stream().flatMap(s -> s.transferIds().stream()).collect(Collectors.toCollection(HashSet::new));
        var evidence = new TreeSet<Integer>();
        var all = new ArrayList<Integer>();
        for (int t : graph.incoming(endpoint)) {
            all.add(t);
        }
        for (int t : graph.outgoing(endpoint)) {
            all.add(t);
        }
        all.sort(Integer::compare);
        for (int t : all) {
            if (ids.isEmpty() ? evidence.size() < OWN_TRANSFERS : ids.contains(graph.id(t))) {
                evidence.add(t);
            }
        }
        var members = new ArrayList<FindingMember>();
        var self = EndpointId.of(graph, endpoint);
        members.add(new FindingMember(self.label(), self.key(), VICTIM_ROLE));
        var seen = new HashSet<Integer>(Set.of(endpoint));
        for (int t : evidence) {
            int other = graph.from(t) == endpoint ? graph.to(t) : graph.from(t);
            var id = EndpointId.of(graph, other);
            if (seen.add(other)
                    && (graph.from(t) != endpoint || operator.operator().contains(id))) {
                members.add(new FindingMember(id.label(), id.key(), graph.from(t) == endpoint ? "operator" : "sender"));
            }
        }
        var explanation = "%s may belong to a coerced worker: a possible victim of trafficking, not a suspect"
                        .formatted(self.key())
                + String.format(Locale.ROOT, " (score %.2f). ", score)
                + signals.stream()
                        .map(s -> s.indicator().label() + ": " + s.reason())
                        .collect(Collectors.joining("; "));
        return finding(graph, score, explanation, evidence, members, persons);
    }

    /** One finding per report for the persons it names as victims who hold no account or wallet marked here. */
    private List<Finding> personFindings(
            TransferProjection graph, List<ReportedVictims.NamedVictim> persons, Set<EndpointId> marked) {
        var byReport = new LinkedHashMap<String, List<ReportedVictims.NamedVictim>>();
        for (var person : persons) {
            if (person.holds().stream().noneMatch(marked::contains)) {
                byReport.computeIfAbsent(person.report(), k -> new ArrayList<>())
                        .add(person);
            }
        }
        var wanted = new HashSet<String>();
        byReport.values().forEach(list -> list.forEach(p -> wanted.addAll(p.transferIds())));
        var byId = new HashMap<String, Integer>();
        for (int t = 0; t < graph.transferCount() && byId.size() < wanted.size(); t++) {
            if (wanted.contains(graph.id(t))) {
                byId.put(graph.id(t), t);
            }
        }
        var findings = new ArrayList<Finding>();
        byReport.forEach((report, named) -> {
            var first = named.get(0);
            var evidence = new TreeSet<Integer>();
            first.transferIds().stream().map(byId::get).filter(Objects::nonNull).forEach(evidence::add);
            if (evidence.isEmpty()) {
                return; // a report without transfers here: nothing to hang a finding on
            }
            var names = named.stream()
                    .map(p -> "%s (%s)".formatted(p.name(), String.join(", ", p.roles())))
                    .collect(Collectors.joining(", "));
            var explanation = ("%s %s names %s as a victim: a possible victim of trafficking, not a suspect%s."
                            + " No account or wallet of theirs is known here; the evidence is the report's"
                            + " transactions")
                    .formatted(
                            first.reportCode(),
                            report,
                            names,
                            first.indicators().isEmpty()
                                    ? ""
                                    : " (report indicators " + String.join(", ", first.indicators()) + ")");
            findings.add(finding(
                    graph,
                    Indicator.NAMED_VICTIM.weight(),
                    explanation,
                    evidence,
                    List.of(),
                    named.stream()
                            .map(p -> new FindingParty(p.party(), VICTIM_ROLE))
                            .toList()));
        });
        return findings;
    }

    private Finding finding(
            TransferProjection graph,
            double score,
            String explanation,
            TreeSet<Integer> evidence,
            List<FindingMember> members,
            List<FindingParty> persons) {
        return new Finding(
                TYPOLOGY,
                DETECTOR,
                VERSION,
                Math.min(1, score),
                explanation,
                parameters.asMap(),
                evidence.stream().map(graph::id).toList(),
                members,
                graph.instant(evidence.first()),
                graph.instant(evidence.last()),
                persons);
    }
}
