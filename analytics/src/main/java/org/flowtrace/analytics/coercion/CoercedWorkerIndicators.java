package org.flowtrace.analytics.coercion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
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
 * least {@code minScore} ({@link VictimFindings}): the account or wallet in the role {@value #VICTIM_ROLE}, the operator's
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
    public static final String VERSION = "2";
    /** The role of the account, wallet or person in its own {@value #TYPOLOGY} finding. */
    public static final String VICTIM_ROLE = "possible victim";
    /** Its role in every other finding that involves it. */
    public static final String ROLE_ELSEWHERE = "possible trafficking victim";

    /** What a run found. */
    public record Summary(int endpoints, int persons, int rolesReplaced) {}

    private final GraphConnection graph;
    private final CoercionParameters parameters;

    public CoercedWorkerIndicators(GraphConnection graph, CoercionParameters parameters) {
        this.graph = graph;
        this.parameters = parameters;
    }

    private static final String DETECTED = "MATCH (f:Finding) RETURN count(f) > 0 AS detected";

    /**
     * After entity resolution: its {@code SAME_AS} links tie the register's owners to designated parties,
     * and so the owned companies' accounts to the operator. When a detection has run and the register now
     * ties any account or wallet to a designated operator, the possible victims are worked out again;
     * otherwise nothing is run (empty).
     */
    public Optional<Summary> afterResolution(String runId, Consumer<String> progress) {
        boolean detected = graph.readQuery(DETECTED)
                .execute()
                .records()
                .getFirst()
                .get("detected")
                .asBoolean();
        if (!detected || RegisterOwnedEndpoints.read(graph, parameters).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(run(runId, progress));
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
        var operator = OperatorEndpoints.read(graph, parameters);
        if (!operator.owned().isEmpty()) {
            progress.accept("%s: the register ties %,d accounts and wallets of %,d companies to designated operators"
                    .formatted(
                            DETECTOR,
                            operator.owned().size(),
                            RegisterOwnedEndpoints.companies(operator.owned()).size()));
        }
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
        var build = new VictimFindings(projection, operator, parameters);
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
            findings.add(build.ofEndpoint(at, list, score, persons));
            victims.add(new FindingMember(endpoint.label(), endpoint.key(), VICTIM_ROLE));
            marked.add(endpoint);
        });
        int endpoints = findings.size();
        var personFindings = build.ofNamedPersons(reported.persons(), marked);
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
}
