package org.flowtrace.analytics.resolution;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Consumer;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.sameas.SameAsLink;
import org.flowtrace.graph.sameas.SameAsWriter;

/**
 * One resolution run over every party in the graph: reads the parties ({@link PartyProfileReader}),
 * learns which name tokens are common among them ({@link CommonNames}), generates candidate pairs by
 * blocking ({@link CandidateBlocker}), scores each that could reach the threshold at all
 * ({@link MatchScorer#canReach}: everything but the names first, which is cheap) and writes the pairs at or
 * above the threshold as {@code SAME_AS} candidates ({@link SameAsWriter}: merged on the pair, so a
 * second run adds nothing, and an analyst's decision is kept). Nodes are never merged.
 */
public final class EntityResolution {

    /** The name stored on every link this resolver writes. */
    public static final String DETECTOR = "entity-resolution";

    /** Changes whenever scoring or blocking changes what a run finds. */
    public static final String VERSION = "3";

    private static final int WRITE_BATCH = 10_000;

    private final GraphConnection graph;
    private final ResolutionParameters parameters;

    public EntityResolution(GraphConnection graph, ResolutionParameters parameters) {
        this.graph = graph;
        this.parameters = parameters;
    }

    /** Runs resolution; {@code progress} hears a line per stage. */
    public ResolutionSummary run(String runId, Consumer<String> progress) {
        long started = System.nanoTime();
        var parties = new PartyProfileReader(graph).read();
        progress.accept("read %,d parties in %.1f s".formatted(parties.size(), seconds(started)));

        long blockingStarted = System.nanoTime();
        var common = CommonNames.of(parties);
        var scorer = new MatchScorer(common);
        var found = Collections.synchronizedList(new ArrayList<SameAsLink>());
        var byName = new java.util.concurrent.atomic.LongAdder();
        var stats = new CandidateBlocker(parameters.maxBlockSize(), common).pairs(parties, (i, j) -> {
            // scored in key order, as the link is stored, so that its reasons read from one end to the other
            var a = parties.get(i).key().compareTo(parties.get(j).key()) < 0 ? parties.get(i) : parties.get(j);
            var b = a == parties.get(i) ? parties.get(j) : parties.get(i);
            if (!scorer.canReach(a, b, parameters.threshold())) {
                return; // cannot reach the threshold whatever the names: not compared by name
            }
            byName.increment();
            scorer.score(a, b)
                    .filter(match -> match.score() >= parameters.threshold())
                    .ifPresent(match -> found.add(new SameAsLink(
                            a.key(), b.key(), match.score(), match.reasons(), a.sources(), b.sources())));
        });
        progress.accept(String.format(
                Locale.ROOT,
                "compared %,d candidate pairs (%,d of them by name) in %,d blocks (%,d blocks over %d parties"
                        + " or weak keys over %d left out) in %.1f s: %,d at or above %.2f",
                stats.comparisons(),
                byName.sum(),
                stats.blocks(),
                stats.oversizedBlocks(),
                parameters.maxBlockSize(),
                CandidateBlocker.MAX_WEAK_BLOCK_SIZE,
                seconds(blockingStarted),
                found.size(),
                parameters.threshold()));

        long writeStarted = System.nanoTime();
        var links = new ArrayList<>(found);
        links.sort(Comparator.comparing(SameAsLink::key));
        var writer = new SameAsWriter(graph);
        var at = Instant.now();
        int created = 0;
        for (int from = 0; from < links.size(); from += WRITE_BATCH) {
            created += writer.write(
                    links.subList(from, Math.min(links.size(), from + WRITE_BATCH)), DETECTOR, VERSION, runId, at);
        }
        progress.accept("wrote %,d SAME_AS candidates (%,d new) in %.1f s"
                .formatted(links.size(), created, seconds(writeStarted)));
        return new ResolutionSummary(
                parties.size(), stats.blocks(), stats.oversizedBlocks(), stats.comparisons(), links.size(), created);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
