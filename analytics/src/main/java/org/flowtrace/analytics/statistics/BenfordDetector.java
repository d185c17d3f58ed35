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
 * Amounts whose first digits depart from Benford's law: amounts made up, split to stay under a limit
 * (many starting with 9) or set by a scheme rather than by trade (Nigrini 2012; {@link BenfordTest}).
 * Definition: for each account and side (sent, received) with at least {@code minTransfers} transfers
 * with a USD value whose middle half spans at least {@code minDecades} powers of ten, Pearson's
 * chi-square of the nine first digits against Benford's shares (8 degrees of freedom), p-values
 * corrected over every side tested ({@link Correction}). A finding where the corrected p-value reaches
 * the level and the departure is large (Nigrini's mean absolute deviation ≥ {@code minMad}); its
 * evidence is the largest transfers starting with the most over-represented digit.
 *
 * <p>USD values are used: Benford's law does not depend on the unit, so a side mixing currencies is
 * tested as one. Salaries, rents and one product's prices are of one size and do not follow the law;
 * the span test leaves them out rather than flag them.
 */
public final class BenfordDetector implements PatternDetector {

    private final BenfordParameters parameters;

    public BenfordDetector(BenfordParameters parameters) {
        this.parameters = parameters;
    }

    @Override
    public String name() {
        return "benford";
    }

    @Override
    public String typology() {
        return "BENFORD";
    }

    @Override
    public String version() {
        return "1";
    }

    private record Tested(int endpoint, Side side, int[] transfers, BenfordTest.Result result) {}

    @Override
    public List<Finding> detect(TransferProjection graph) {
        var statistics = new AccountStatistics(graph);
        var tested = new ArrayList<Tested>();
        for (int endpoint = 0; endpoint < graph.endpointCount(); endpoint++) {
            for (var side : Side.values()) {
                var transfers = statistics.valued(endpoint, side);
                int e = endpoint;
                statistics
                        .benford(transfers, parameters.minTransfers(), parameters.minDecades())
                        .ifPresent(r -> tested.add(new Tested(e, side, transfers, r)));
            }
        }
        var tests = new CorrectedTests<>(tested, s -> s.result().pValue(), parameters.correction());
        var findings = new ArrayList<Finding>();
        for (var significant : tests.reaching(parameters.alpha())) {
            var side = significant.test();
            var result = side.result();
            if (result.meanAbsoluteDeviation() < parameters.minMad()) {
                continue;
            }
            int digit = result.mostOverrepresented();
            var evidence = Arrays.stream(side.transfers())
                    .filter(t -> BenfordTest.firstDigit(graph.usd(t)) == digit)
                    .boxed()
                    .sorted(Comparator.comparingDouble((Integer t) -> -graph.usd(t))
                            .thenComparingInt(t -> t))
                    .limit(parameters.maxEvidence())
                    .toList();
            findings.add(AccountFinding.of(
                    this,
                    graph,
                    side.endpoint(),
                    evidence,
                    AccountFinding.score(significant.p(), parameters.alpha()),
                    String.format(
                            Locale.ROOT,
                            "%s: %d %s transfers; first digits deviate from Benford's law: chi-square %.1f, p = %s %s;"
                                    + " %.0f %% start with %d (Benford: %.1f %%); mean absolute deviation %.3f"
                                    + " (nonconforming from %.3f)",
                            graph.endpointKey(side.endpoint()),
                            result.total(),
                            side.side().adjective(),
                            result.chiSquare(),
                            AccountFinding.p(significant.p()),
                            parameters.correction().clause(tests.size(), "accounts' sides tested"),
                            100 * result.share(digit),
                            digit,
                            100 * BenfordTest.expectedShare(digit),
                            result.meanAbsoluteDeviation(),
                            BenfordTest.NONCONFORMITY_MAD),
                    parameters.asMap()));
        }
        return findings;
    }
}
