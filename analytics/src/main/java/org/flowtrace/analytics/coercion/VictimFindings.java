package org.flowtrace.analytics.coercion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.flowtrace.analytics.projection.TransferProjection;
import org.flowtrace.graph.finding.Finding;
import org.flowtrace.graph.finding.FindingMember;
import org.flowtrace.graph.finding.FindingParty;

/**
 * Builds the {@value CoercedWorkerIndicators#TYPOLOGY} findings: an account's or wallet's with its
 * indicators' reasons, evidence and members, and a report's for the persons it names as victims who hold
 * nothing marked here.
 */
final class VictimFindings {

    /** Evidence of a finding without transfers of its own indicators: its first transfers, at most this many. */
    static final int OWN_TRANSFERS = 200;

    private final TransferProjection graph;
    private final OperatorEndpoints operator;
    private final CoercionParameters parameters;

    VictimFindings(TransferProjection graph, OperatorEndpoints operator, CoercionParameters parameters) {
        this.graph = graph;
        this.operator = operator;
        this.parameters = parameters;
    }

    /** The finding of an account or wallet marked by {@code signals}; {@code persons} the named victims holding it. */
    Finding ofEndpoint(int endpoint, List<CoercionSignal> signals, double score, List<FindingParty> persons) {
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
        members.add(new FindingMember(self.label(), self.key(), CoercedWorkerIndicators.VICTIM_ROLE));
        var seen = new HashSet<Integer>(Set.of(endpoint));
        for (int t : evidence) {
            int other = graph.from(t) == endpoint ? graph.to(t) : graph.from(t);
            var id = EndpointId.of(graph, other);
            if (seen.add(other) && (graph.from(t) != endpoint || operator.operators(id))) {
                members.add(new FindingMember(id.label(), id.key(), graph.from(t) == endpoint ? "operator" : "sender"));
            }
        }
        var explanation = "%s may belong to a coerced worker: a possible victim of trafficking, not a suspect"
                        .formatted(self.key())
                + String.format(Locale.ROOT, " (score %.2f). ", score)
                + signals.stream()
                        .map(s -> s.indicator().label() + ": " + s.reason())
                        .collect(Collectors.joining("; "));
        return finding(score, explanation, evidence, members, persons);
    }

    /** One finding per report for the persons it names as victims who hold no account or wallet marked here. */
    List<Finding> ofNamedPersons(List<ReportedVictims.NamedVictim> persons, Set<EndpointId> marked) {
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
                    Indicator.NAMED_VICTIM.weight(),
                    explanation,
                    evidence,
                    List.of(),
                    named.stream()
                            .map(p -> new FindingParty(p.party(), CoercedWorkerIndicators.VICTIM_ROLE))
                            .toList()));
        });
        return findings;
    }

    private Finding finding(
            double score,
            String explanation,
            TreeSet<Integer> evidence,
            List<FindingMember> members,
            List<FindingParty> persons) {
        return new Finding(
                CoercedWorkerIndicators.TYPOLOGY,
                CoercedWorkerIndicators.DETECTOR,
                CoercedWorkerIndicators.VERSION,
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
