package org.flowtrace.analytics.patterns;

import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.flowtrace.analytics.projection.TransferProjection;
import org.flowtrace.analytics.projection.TransferProjectionReader;
import org.flowtrace.analytics.statistics.ActivityChangeDetector;
import org.flowtrace.analytics.statistics.ActivityChangeParameters;
import org.flowtrace.analytics.statistics.BenfordDetector;
import org.flowtrace.analytics.statistics.BenfordParameters;
import org.flowtrace.analytics.statistics.VelocityAnomalyDetector;
import org.flowtrace.analytics.statistics.VelocityAnomalyParameters;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.finding.Finding;
import org.flowtrace.graph.finding.FindingMember;
import org.flowtrace.graph.finding.FindingWriter;
import org.flowtrace.graph.model.EndpointLabel;

/**
 * One detection run: reads the transfer projection once, runs each detector over it and writes the
 * findings (merged on their keys, so a second run over the same transfers adds nothing).
 */
public final class PatternDetection {

    /**
     * The detectors with their default parameters. The amount anomaly of the statistics package is a
     * feature of scores rather than a finding of its own (its README gives the measurement).
     */
    public static List<PatternDetector> defaultDetectors() {
        return List.of(
                new FanOutDetector(FanParameters.DEFAULTS),
                new FanInDetector(FanParameters.FAN_IN_DEFAULTS),
                new StructuringDetector(StructuringParameters.DEFAULTS),
                new PassThroughDetector(PassThroughParameters.DEFAULTS),
                new RansomPaymentDetector(RansomParameters.DEFAULTS),
                new ScatterGatherDetector(LayeringParameters.DEFAULTS),
                new GatherScatterDetector(LayeringParameters.GATHER_SCATTER_DEFAULTS),
                new CycleDetector(CycleParameters.DEFAULTS),
                new PeelChainDetector(PeelChainParameters.DEFAULTS),
                new VelocityAnomalyDetector(VelocityAnomalyParameters.DEFAULTS),
                new ActivityChangeDetector(ActivityChangeParameters.DEFAULTS),
                new BenfordDetector(BenfordParameters.DEFAULTS),
                new StackDetector(StackParameters.DEFAULTS),
                new RoundAmountDetector(RoundAmountParameters.DEFAULTS),
                new BurstDetector(BurstParameters.DEFAULTS));
    }

    private final GraphConnection graph;
    private final List<PatternDetector> detectors;
    private final RansomWords ransomWords;

    public PatternDetection(GraphConnection graph, List<PatternDetector> detectors) {
        this(graph, detectors, RansomWords.bundled());
    }

    /** With another list of the reference words that mark a ransom ({@link RansomReferenceReader}). */
    public PatternDetection(GraphConnection graph, List<PatternDetector> detectors, RansomWords ransomWords) {
        this.graph = graph;
        this.detectors = List.copyOf(detectors);
        this.ransomWords = ransomWords;
    }

    /**
     * Runs every detector, leaves out findings that a more specific one holds ({@link SubsumedFindings})
     * and writes the rest, replacing what earlier runs of the same detectors found; {@code progress}
     * hears a line per stage.
     *
     * @return findings written per detector name, in the detectors' order
     */
    public Map<String, Integer> run(String runId, Consumer<String> progress) {
        return run(read(graph, progress), runId, progress);
    }

    /** Reads the transfer projection the detectors scan, telling {@code progress} how long it took. */
    public static TransferProjection read(GraphConnection graph, Consumer<String> progress) {
        long started = System.nanoTime();
        var projection = new TransferProjectionReader(graph).read();
        progress.accept("read %,d transfers between %,d accounts and wallets in %.1f s"
                .formatted(
                        projection.transferCount(), projection.endpointCount(), (System.nanoTime() - started) / 1e9));
        return projection;
    }

    /** {@link #run(String, Consumer)} over a projection already read. */
    public Map<String, Integer> run(TransferProjection projection, String runId, Consumer<String> progress) {
        var found = new ArrayList<Finding>();
        for (var detector : detectors) {
            found.addAll(detect(detector, projection, null, progress));
        }
        var kept = SubsumedFindings.leaveOut(found);
        if (kept.size() < found.size()) {
            progress.accept("%,d findings left out: their evidence lies inside a finding of a more specific typology"
                    .formatted(found.size() - kept.size()));
        }
        var writer = new FindingWriter(graph);
        writer.write(kept, runId, Instant.now());
        int removed = writer.removeNotFoundAgain(
                detectors.stream().map(PatternDetector::name).toList(), runId);
        if (removed > 0) {
            progress.accept(
                    "%,d findings of earlier runs removed: these detectors no longer make them".formatted(removed));
        }
        var counts = new LinkedHashMap<String, Integer>();
        detectors.forEach(d -> counts.put(d.name(), 0));
        kept.forEach(f -> counts.merge(f.detector(), 1, Integer::sum));
        return counts;
    }

    /**
     * An incremental run: examines again only what transfers at or after {@code since} can change. A
     * detector that declares its {@link Reach} runs over the anchors it names ({@link ChangedEndpoints})
     * and replaces only their findings; one that does not runs fully and replaces all of its own. The
     * earlier findings it keeps take part in the one-pattern-one-finding rule ({@link SubsumedFindings})
     * beside the new ones, so that the stored findings are those a full run would store — except a
     * finding an earlier run left out under a more specific one that is now gone, which only a full
     * run brings back.
     *
     * @return findings written per detector name, in the detectors' order
     */
    public Map<String, Integer> run(
            TransferProjection projection, String runId, Instant since, Consumer<String> progress) {
        var changed = new ChangedEndpoints(projection, since);
        progress.accept("%,d transfers at or after %s touch %,d accounts and wallets"
                .formatted(changed.newTransfers(), since, changed.count()));
        var found = new ArrayList<Finding>();
        var examined = new LinkedHashMap<PatternDetector, BitSet>();
        for (var detector : detectors) {
            var reach = detector.reach();
            var anchors = reach.wholeGraph() ? null : changed.anchors(reach);
            found.addAll(detect(detector, projection, anchors, progress));
            if (anchors != null) {
                examined.put(detector, anchors);
            }
        }
        var anchorRoles = new LinkedHashMap<String, String>();
        var anchorKeys = new HashMap<String, Set<String>>();
        examined.forEach((detector, anchors) -> {
            anchorRoles.put(detector.name(), detector.reach().anchorRole());
            var keys = new HashSet<String>();
            anchors.stream().forEach(e -> keys.add(anchorKey(projection, e)));
            anchorKeys.put(detector.name(), keys);
        });
        var earlier = new StoredFindings(graph)
                .read(anchorRoles).stream()
                        .filter(s -> s.anchors().stream()
                                .noneMatch(anchorKeys.get(s.finding().detector())::contains))
                        .toList();
        var all = new ArrayList<>(found);
        earlier.forEach(s -> all.add(s.finding()));
        var kept = Collections.newSetFromMap(new IdentityHashMap<Finding, Boolean>());
        kept.addAll(SubsumedFindings.leaveOut(all));
        var keptNew = found.stream().filter(kept::contains).toList();
        if (keptNew.size() < found.size()) {
            progress.accept("%,d findings left out: their evidence lies inside a finding of a more specific typology"
                    .formatted(found.size() - keptNew.size()));
        }
        var writer = new FindingWriter(graph);
        writer.write(keptNew, runId, Instant.now());
        int removed = writer.removeNotFoundAgain(
                detectors.stream()
                        .filter(d -> !examined.containsKey(d))
                        .map(PatternDetector::name)
                        .toList(),
                runId);
        for (var entry : examined.entrySet()) {
            var role = entry.getKey().reach().anchorRole();
            var anchors = new ArrayList<FindingMember>();
            entry.getValue().stream()
                    .forEach(e -> anchors.add(
                            new FindingMember(projection.endpointLabel(e), projection.endpointKey(e), role)));
            removed += writer.removeNotFoundAgain(entry.getKey().name(), anchors, runId);
        }
        removed += writer.remove(earlier.stream()
                .filter(s -> !kept.contains(s.finding()))
                .map(StoredFindings.Stored::key)
                .toList());
        if (removed > 0) {
            progress.accept("%,d findings of earlier runs removed: the accounts and wallets examined again no longer"
                            .formatted(removed)
                    + " make them, or a new finding holds them");
        }
        progress.accept(
                "%,d earlier findings of accounts and wallets not examined again kept".formatted(earlier.size()));
        var counts = new LinkedHashMap<String, Integer>();
        detectors.forEach(d -> counts.put(d.name(), 0));
        keptNew.forEach(f -> counts.merge(f.detector(), 1, Integer::sum));
        return counts;
    }

    /** One detector over everything ({@code anchors} null) or over the anchors given. */
    private List<Finding> detect(
            PatternDetector configured, TransferProjection projection, BitSet anchors, Consumer<String> progress) {
        var detector = configured instanceof RansomPaymentDetector ransom
                ? ransom.withReferences(new RansomReferenceReader(graph, ransomWords).read(ransom.parameters()))
                : configured;
        long started = System.nanoTime();
        var findings = anchors == null ? detector.detect(projection) : detector.detect(projection, anchors::get);
        progress.accept("%s: %,d findings in %.1f s%s"
                .formatted(
                        detector.name(),
                        findings.size(),
                        (System.nanoTime() - started) / 1e9,
                        anchors == null ? "" : " (%,d anchors examined)".formatted(anchors.cardinality())));
        return findings;
    }

    private static String anchorKey(TransferProjection projection, int endpoint) {
        return (projection.endpointLabel(endpoint) == EndpointLabel.WALLET ? "W:" : "A:")
                + projection.endpointKey(endpoint);
    }
}
