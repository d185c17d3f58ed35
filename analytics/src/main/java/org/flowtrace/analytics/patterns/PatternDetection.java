package org.flowtrace.analytics.patterns;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.flowtrace.graph.finding.FindingWriter;

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
                new GatherScatterDetector(LayeringParameters.DEFAULTS),
                new CycleDetector(CycleParameters.DEFAULTS),
                new PeelChainDetector(PeelChainParameters.DEFAULTS),
                new VelocityAnomalyDetector(VelocityAnomalyParameters.DEFAULTS),
                new ActivityChangeDetector(ActivityChangeParameters.DEFAULTS),
                new BenfordDetector(BenfordParameters.DEFAULTS));
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
        var references = new RansomReferenceReader(graph, ransomWords);
        var found = new ArrayList<Finding>();
        for (var configured : detectors) {
            var detector = configured instanceof RansomPaymentDetector ransom
                    ? ransom.withReferences(references.read(ransom.parameters()))
                    : configured;
            long detectorStarted = System.nanoTime();
            var findings = detector.detect(projection);
            found.addAll(findings);
            progress.accept("%s: %,d findings in %.1f s"
                    .formatted(detector.name(), findings.size(), (System.nanoTime() - detectorStarted) / 1e9));
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
}
