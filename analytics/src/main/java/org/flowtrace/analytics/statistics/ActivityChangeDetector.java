package org.flowtrace.analytics.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.flowtrace.analytics.patterns.PatternDetector;
import org.flowtrace.analytics.projection.TransferProjection;
import org.flowtrace.analytics.statistics.ChangePointTest.ChangePoint;
import org.flowtrace.graph.finding.Finding;

/**
 * A lasting change in how often an account transacts: a dormant account that comes alive, an account
 * that starts to be used many times a day, or one emptied and abandoned — "dormant account suddenly
 * active" and "sudden change in activity" are red flags of FATF's and the Wolfsberg Group's
 * monitoring guidance. Definition: for each account with at least {@code minTransfers} transfers, its
 * transfers per UTC day over the projection's period and the most likely single change in their level
 * by CUSUM ({@link ChangePointTest}, at least {@code minSegmentDays} on each side), p-values corrected
 * over every account tested ({@link Correction}). A finding where the corrected p-value reaches the
 * level and the busier level is at least {@code minRatio} times the quieter one; its evidence is the
 * first transfers of the busier level next to the change.
 *
 * <p>A short burst is not a change of level and rarely reaches the level here (the burst detector
 * reports bursts). Assumption: days are independent; a strong weekly cycle makes the test somewhat
 * liberal for busy accounts, which the correction and the ratio hold back.
 */
public final class ActivityChangeDetector implements PatternDetector {

    private final ActivityChangeParameters parameters;

    public ActivityChangeDetector(ActivityChangeParameters parameters) {
        this.parameters = parameters;
    }

    @Override
    public String name() {
        return "activity-change";
    }

    @Override
    public String typology() {
        return "ACTIVITY_CHANGE";
    }

    @Override
    public String version() {
        return "1";
    }

    private record Tested(int endpoint, ChangePoint change) {}

    @Override
    public List<Finding> detect(TransferProjection graph) {
        var statistics = new AccountStatistics(graph);
        var tested = new ArrayList<Tested>();
        for (int endpoint = 0; endpoint < graph.endpointCount(); endpoint++) {
            int e = endpoint;
            statistics
                    .activityChange(endpoint, parameters.minTransfers(), parameters.minSegmentDays())
                    .ifPresent(c -> tested.add(new Tested(e, c)));
        }
        var tests = new CorrectedTests<>(tested, s -> s.change().pValue(), parameters.correction());
        var findings = new ArrayList<Finding>();
        for (var significant : tests.reaching(parameters.alpha())) {
            var change = significant.test().change();
            if (change.ratio() < parameters.minRatio()) {
                continue;
            }
            int endpoint = significant.test().endpoint();
            boolean rise = change.meanAfter() > change.meanBefore();
            var all = IntStream.concat(IntStream.of(graph.outgoing(endpoint)), IntStream.of(graph.incoming(endpoint)))
                    .sorted()
                    .boxed()
                    .toList();
            var busier = rise
                    ? all.stream()
                            .filter(t -> statistics.day(t) >= change.index())
                            .limit(parameters.maxEvidence())
                            .toList()
                    : all.stream()
                            .filter(t -> statistics.day(t) < change.index())
                            .toList();
            var evidence = rise
                    ? busier
                    : busier.subList(Math.max(0, busier.size() - parameters.maxEvidence()), busier.size());
            int daysBefore = change.index();
            int daysAfter = statistics.days() - change.index();
            findings.add(AccountFinding.of(
                    this,
                    graph,
                    endpoint,
                    evidence,
                    AccountFinding.score(significant.p(), parameters.alpha()),
                    String.format(
                            Locale.ROOT,
                            "%s's activity %s on %s: %s transfers a day over the %d days before, %s a day over the %d days"
                                    + " from then (CUSUM %.2f); p = %s %s",
                            graph.endpointKey(endpoint),
                            rise ? "rose" : "fell",
                            statistics.date(change.index()),
                            AccountFinding.number(change.meanBefore(), 1),
                            daysBefore,
                            AccountFinding.number(change.meanAfter(), 1),
                            daysAfter,
                            change.statistic(),
                            AccountFinding.p(significant.p()),
                            parameters.correction().clause(tests.size(), "accounts tested")),
                    parameters.asMap()));
        }
        return findings;
    }
}
