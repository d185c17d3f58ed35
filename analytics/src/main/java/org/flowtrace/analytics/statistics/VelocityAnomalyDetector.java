package org.flowtrace.analytics.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.flowtrace.analytics.patterns.PatternDetector;
import org.flowtrace.analytics.projection.TransferProjection;
import org.flowtrace.graph.finding.Finding;

/**
 * Money passing through an account far faster than it usually moves any: on one day the account sends
 * on what it received that day or the day before, many times the value of its ordinary days — the
 * "funds moved rapidly in and out" and "high velocity" red flags of FATF ("Money Laundering and
 * Terrorist Financing Red Flag Indicators Associated with Virtual Assets", 2020) and of money-mule
 * guidance (Europol EMMA). Definition: for each account with at least {@code minActiveDays} days on
 * which it moved value, the day with the most value passed through ({@link DailyVelocity}) and its
 * robust z-score against the value moved per active day on a log10 scale ({@link
 * AccountStatistics#velocity}); its p-value is the chance that the largest of its active days is as
 * large under a normal model (Šidák over them), corrected over every account tested ({@link
 * Correction}). A finding where the corrected p-value reaches the level, the z-score is ≥ {@code minZ}
 * and ≥ {@code minUsd} passed through; that day's largest transfers in and out are its evidence.
 *
 * <p>Value passed through rather than transfers per day: a shop's busy day (money in) and an
 * employer's salary run (money out) pass little through, and a burst of many small payments is a
 * pattern of its own. Assumption: an account's daily value is roughly log-normal around its median; a
 * business whose days differ by orders of magnitude rarely reaches the corrected level.
 */
public final class VelocityAnomalyDetector implements PatternDetector {

    private final VelocityAnomalyParameters parameters;

    public VelocityAnomalyDetector(VelocityAnomalyParameters parameters) {
        this.parameters = parameters;
    }

    @Override
    public String name() {
        return "velocity-anomaly";
    }

    @Override
    public String typology() {
        return "VELOCITY_ANOMALY";
    }

    @Override
    public String version() {
        return "1";
    }

    private record Tested(int endpoint, DailyVelocity velocity) {}

    @Override
    public List<Finding> detect(TransferProjection graph) {
        var statistics = new AccountStatistics(graph);
        var tested = new ArrayList<Tested>();
        for (int endpoint = 0; endpoint < graph.endpointCount(); endpoint++) {
            int e = endpoint;
            statistics
                    .velocity(endpoint, parameters.minActiveDays(), parameters.minMad())
                    .ifPresent(v -> tested.add(new Tested(e, v)));
        }
        var tests = new CorrectedTests<>(
                tested,
                s -> PValues.sidak(
                        PValues.normalUpperTail(s.velocity().z()), s.velocity().activeDays()),
                parameters.correction());
        var findings = new ArrayList<Finding>();
        for (var significant : tests.reaching(parameters.alpha())) {
            var account = significant.test();
            var velocity = account.velocity();
            if (velocity.z() < parameters.minZ() || velocity.passedThroughUsd() < parameters.minUsd()) {
                continue;
            }
            int endpoint = account.endpoint();
            int peak = velocity.peakDay();
            var day = IntStream.concat(
                            IntStream.of(graph.outgoing(endpoint)).filter(t -> statistics.day(t) == peak),
                            IntStream.of(graph.incoming(endpoint))
                                    .filter(t -> statistics.day(t) == peak || statistics.day(t) == peak - 1))
                    .filter(t -> graph.usd(t) > 0)
                    .boxed()
                    .sorted(Comparator.comparingDouble((Integer t) -> -graph.usd(t))
                            .thenComparingInt(t -> t))
                    .toList();
            findings.add(AccountFinding.of(
                    this,
                    graph,
                    endpoint,
                    day.subList(0, Math.min(day.size(), parameters.maxEvidence())),
                    AccountFinding.score(significant.p(), parameters.alpha()),
                    String.format(
                            Locale.ROOT,
                            "%s passed %s through on %s (received %s that day and the day before, sent %s),"
                                    + " against a median of %s moved on its %d active days (robust z-score %.1f);"
                                    + " p = %s %s",
                            graph.endpointKey(endpoint),
                            AccountFinding.usd(velocity.passedThroughUsd()),
                            statistics.date(peak),
                            AccountFinding.usd(velocity.receivedUsd()),
                            AccountFinding.usd(velocity.sentUsd()),
                            AccountFinding.usd(velocity.medianUsd()),
                            velocity.activeDays(),
                            velocity.z(),
                            AccountFinding.p(significant.p()),
                            parameters.correction().clause(tests.size(), "accounts tested")),
                    parameters.asMap()));
        }
        return findings;
    }
}
