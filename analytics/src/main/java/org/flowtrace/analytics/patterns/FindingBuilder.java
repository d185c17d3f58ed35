package org.flowtrace.analytics.patterns;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SortedMap;
import org.flowtrace.analytics.projection.TransferProjection;
import org.flowtrace.graph.finding.Finding;
import org.flowtrace.graph.finding.FindingMember;

/** Assembles a finding from transfer indexes: evidence ids, members with roles, first and last time. */
final class FindingBuilder {

    private final TransferProjection graph;
    private final LinkedHashMap<Integer, String> roles = new LinkedHashMap<>();
    private final List<Integer> transfers = new ArrayList<>();

    FindingBuilder(TransferProjection graph) {
        this.graph = graph;
    }

    /** Adds an endpoint with its role; the first role given to an endpoint stays. */
    FindingBuilder member(int endpoint, String role) {
        roles.putIfAbsent(endpoint, role);
        return this;
    }

    FindingBuilder transfers(int... indexes) {
        for (int t : indexes) {
            transfers.add(t);
        }
        return this;
    }

    Finding build(PatternDetector detector, double score, String explanation, SortedMap<String, String> parameters) {
        var sorted = transfers.stream().sorted().toList();
        var members = new ArrayList<FindingMember>();
        roles.forEach((endpoint, role) ->
                members.add(new FindingMember(graph.endpointLabel(endpoint), graph.endpointKey(endpoint), role)));
        return new Finding(
                detector.typology(),
                detector.name(),
                detector.version(),
                Math.max(0, Math.min(1, score)),
                explanation,
                parameters,
                sorted.stream().map(graph::id).toList(),
                members,
                graph.instant(sorted.get(0)),
                graph.instant(sorted.get(sorted.size() - 1)));
    }
}
