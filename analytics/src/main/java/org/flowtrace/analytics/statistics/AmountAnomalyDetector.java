package org.flowtrace.analytics.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.flowtrace.analytics.patterns.PatternDetector;
import org.flowtrace.analytics.projection.TransferProjection;
import org.flowtrace.graph.finding.Finding;

/**
 * Amounts far above an account's usual: a mule or a front account whose ordinary payments are tens of
 * dollars suddenly moves thousands (FATF, "Money Laundering and Terrorist Financing Red Flag
 * Indicators", 2020: "transactions inconsistent with the customer's profile"; Egmont, money mule
 * indicators). Definition: for each account and side (sent, received) with at least {@code
 * minTransfers} transfers with a USD value, the robust z-score of each amount against the side's median
 * and MAD on a log10 scale ({@link AccountStatistics#amountBaseline}); the side's p-value is the chance
 * that the largest of its n z-scores is as large if log amounts were normal (Šidák over n); p-values
 * are corrected over every side tested ({@link Correction}, Bonferroni by default). A finding where the
 * corrected p-value reaches the level and at least one amount of ≥ {@code minUsd} has a z-score ≥
 * {@code minZ}; those amounts are its evidence, the most unusual first.
 *
 * <p>Assumption: an account's log amounts are roughly normal around its median. Mixtures of very
 * different kinds of payment (a person who both shops and buys a car) break it; the floor of the MAD
 * and the strict correction keep such accounts out, at the cost of missing a mule whose own payments
 * already vary widely. Not among {@code PatternDetection.defaultDetectors()}: on generated data a
 * person's rare large payment is as unusual for its own history as a mule's (analytics README), so
 * the z-score serves as a feature of scores ({@link AccountFeatures}).
 */
public final class AmountAnomalyDetector implements PatternDetector {

    private final AmountAnomalyParameters parameters;

    public AmountAnomalyDetector(AmountAnomalyParameters parameters) {
        this.parameters = parameters;
    }

    @Override
    public String name() {
        return "amount-anomaly";
    }

    @Override
    public String typology() {
        return "AMOUNT_ANOMALY";
    }

    @Override
    public String version() {
        return "1";
    }

    private record Tested(int endpoint, Side side, int[] transfers, RobustZScore baseline, double largestZ) {}

    @Override
    public List<Finding> detect(TransferProjection graph) {
        var statistics = new AccountStatistics(graph);
        var tested = new ArrayList<Tested>();
        for (int endpoint = 0; endpoint < graph.endpointCount(); endpoint++) {
            for (var side : Side.values()) {
                var transfers = statistics.valued(endpoint, side);
                var baseline = statistics.amountBaseline(transfers, parameters.minTransfers(), parameters.minMad());
                if (baseline.isPresent()) {
                    double largest = Arrays.stream(transfers)
                            .mapToDouble(t -> statistics.amountZ(baseline.get(), t))
                            .max()
                            .orElseThrow();
                    tested.add(new Tested(endpoint, side, transfers, baseline.get(), largest));
                }
            }
        }
        var tests = new CorrectedTests<>(
                tested,
                s -> PValues.sidak(PValues.normalUpperTail(s.largestZ()), s.transfers().length),
                parameters.correction());
        var findings = new ArrayList<Finding>();
        for (var significant : tests.reaching(parameters.alpha())) {
            var side = significant.test();
            var unusual = Arrays.stream(side.transfers())
                    .filter(t -> graph.usd(t) >= parameters.minUsd()
                            && statistics.amountZ(side.baseline(), t) >= parameters.minZ())
                    .boxed()
                    .sorted(Comparator.comparingDouble((Integer t) -> -statistics.amountZ(side.baseline(), t))
                            .thenComparingInt(t -> t))
                    .toList();
            if (unusual.isEmpty()) {
                continue;
            }
            int largest =
                    unusual.stream().max(Comparator.comparingDouble(graph::usd)).orElseThrow();
            findings.add(AccountFinding.of(
                    this,
                    graph,
                    side.endpoint(),
                    unusual.subList(0, Math.min(unusual.size(), parameters.maxEvidence())),
                    AccountFinding.score(significant.p(), parameters.alpha()),
                    String.format(
                            Locale.ROOT,
                            "%s %s %d %s far above its usual, the largest %s (robust z-score %.1f against the median %s of"
                                    + " its %d %s transfers); p = %s %s",
                            graph.endpointKey(side.endpoint()),
                            side.side().verb(),
                            unusual.size(),
                            unusual.size() == 1 ? "amount" : "amounts",
                            AccountFinding.usd(graph.usd(largest)),
                            statistics.amountZ(side.baseline(), largest),
                            AccountFinding.usd(Math.pow(10, side.baseline().median())),
                            side.transfers().length,
                            side.side().adjective(),
                            AccountFinding.p(significant.p()),
                            parameters.correction().clause(tests.size(), "accounts' sides tested")),
                    parameters.asMap()));
        }
        return findings;
    }
}
