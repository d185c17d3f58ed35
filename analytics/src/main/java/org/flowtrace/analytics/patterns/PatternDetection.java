package org.flowtrace.analytics.patterns;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.flowtrace.analytics.projection.TransferProjectionReader;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.finding.FindingWriter;

/**
 * One detection run: reads the transfer projection once, runs each detector over it and writes the
 * findings (merged on their keys, so a second run over the same transfers adds nothing).
 */
public final class PatternDetection {

    /** The detectors with their default parameters. */
    public static List<PatternDetector> defaultDetectors() {
        return List.of(
                new FanOutDetector(FanParameters.DEFAULTS),
                new FanInDetector(FanParameters.DEFAULTS),
                new StructuringDetector(StructuringParameters.DEFAULTS),
                new PassThroughDetector(PassThroughParameters.DEFAULTS),
                new ScatterGatherDetector(LayeringParameters.DEFAULTS),
                new GatherScatterDetector(LayeringParameters.DEFAULTS),
                new CycleDetector(CycleParameters.DEFAULTS),
                new PeelChainDetector(PeelChainParameters.DEFAULTS));
    }

    private final GraphConnection graph;
    private final List<PatternDetector> detectors;

    public PatternDetection(GraphConnection graph, List<PatternDetector> detectors) {
        this.graph = graph;
        this.detectors = List.copyOf(detectors);
    }

    /**
     * Runs every detector; {@code progress} hears a line per stage.
     *
     * @return findings per detector name, in the detectors' order
     */
    public Map<String, Integer> run(String runId, Consumer<String> progress) {
        long started = System.nanoTime();
        var projection = new TransferProjectionReader(graph).read();
        progress.accept("read %,d transfers between %,d accounts and wallets in %.1f s"
                .formatted(
                        projection.transferCount(), projection.endpointCount(), (System.nanoTime() - started) / 1e9));
        var counts = new LinkedHashMap<String, Integer>();
        var writer = new FindingWriter(graph);
        for (var detector : detectors) {
            long detectorStarted = System.nanoTime();
            var findings = detector.detect(projection);
            writer.write(findings, runId, Instant.now());
            counts.put(detector.name(), findings.size());
            progress.accept("%s: %,d findings in %.1f s"
                    .formatted(detector.name(), findings.size(), (System.nanoTime() - detectorStarted) / 1e9));
        }
        return counts;
    }
}
