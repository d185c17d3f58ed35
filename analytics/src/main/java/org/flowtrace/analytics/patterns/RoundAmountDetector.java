package org.flowtrace.analytics.patterns;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.IntUnaryOperator;
import org.apache.commons.math3.special.Beta;
import org.flowtrace.analytics.projection.TransferProjection;
import org.flowtrace.graph.finding.Finding;

/**
 * Round amounts: an account or wallet sends, or receives, an unusual share of round amounts —
 * multiples of 1,000 in the transfer's own currency or token — a red flag in FATF's and the Egmont
 * Group's indicator lists ("transactions in round amounts"; FinCEN's "round-dollar" wires) because
 * invoices, wages and purchases are rarely round and laundered sums often are. Definition, with
 * {@link RoundAmountParameters}: over each account's transfers on one side, the windows of {@code
 * window} from a round transfer, taken greedily in time order without overlap; a window holds the
 * pattern when its round transfers make at least {@code minOccasions} occasions (round transfers less
 * than {@code sameOccasion} apart are one: a salary run or a batch of supplier payments is one
 * decision), at least {@code minShare} of the window's transfers on that side, at least {@code
 * minTotalUsd}, and are unlikely by chance: the binomial upper tail {@code P(X ≥ k)} for {@code k}
 * round among the window's {@code n} transfers, with the share of round amounts among all transfers
 * of the graph as the probability, is at most {@code maxProbability} (computed as the regularised
 * incomplete beta function {@code I_p(k, n − k + 1)}, Commons Math).
 *
 * <p>Look-alikes left out: a monthly family remittance of a round sum is one occasion a month; a
 * payroll of round salaries is one occasion per run; shops' card takings are not round. Runs fully in
 * incremental runs: every new transfer changes the graph's share of round amounts, the baseline of
 * every account. Score grows with how improbable the count is.
 */
public final class RoundAmountDetector implements PatternDetector {

    private final RoundAmountParameters parameters;

    public RoundAmountDetector(RoundAmountParameters parameters) {
        this.parameters = parameters;
    }

    @Override
    public String name() {
        return "round-amounts";
    }

    @Override
    public String typology() {
        return "ROUND_AMOUNTS";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public List<Finding> detect(TransferProjection graph) {
        int round = 0;
        for (int t = 0; t < graph.transferCount(); t++) {
            if (round(graph, t)) {
                round++;
            }
        }
        // no round amount at all: as if one more transfer were round, so that one is not impossible
        double populationShare = (Math.max(round, 1)) / (double) Math.max(graph.transferCount(), 1);
        var findings = new ArrayList<Finding>();
        for (int account = 0; account < graph.endpointCount(); account++) {
            scan(graph, account, graph.outgoing(account), graph::to, true, populationShare, findings);
            scan(graph, account, graph.incoming(account), graph::from, false, populationShare, findings);
        }
        return findings;
    }

    private void scan(
            TransferProjection graph,
            int account,
            int[] side,
            IntUnaryOperator counterparty,
            boolean sent,
            double populationShare,
            List<Finding> findings) {
        var round = new ArrayList<Integer>(); // positions in side
        for (int i = 0; i < side.length; i++) {
            if (round(graph, side[i])) {
                round.add(i);
            }
        }
        if (occasions(graph, side, round, 0, round.size() - 1) < parameters.minOccasions()) {
            return;
        }
        long window = parameters.window().toSeconds();
        int start = 0;
        int end = 0;
        int windowEnd = 0; // past the last of the side's transfers within the window; only advances
        while (start < round.size()) {
            long from = graph.at(side[round.get(start)]);
            end = Math.max(end, start);
            while (end + 1 < round.size() && graph.at(side[round.get(end + 1)]) - from <= window) {
                end++;
            }
            while (windowEnd < side.length && graph.at(side[windowEnd]) - from <= window) {
                windowEnd++;
            }
            int all = windowEnd - round.get(start);
            int k = end - start + 1;
            double total = 0;
            for (int r = start; r <= end; r++) {
                double usd = graph.usd(side[round.get(r)]);
                total += Double.isNaN(usd) ? 0 : usd;
            }
            int occasions = occasions(graph, side, round, start, end);
            double probability = Beta.regularizedBeta(populationShare, k, all - k + 1.0);
            if (occasions >= parameters.minOccasions()
                    && k >= parameters.minShare() * all
                    && total >= parameters.minTotalUsd()
                    && probability <= parameters.maxProbability()) {
                findings.add(finding(
                        graph,
                        account,
                        side,
                        round.subList(start, end + 1),
                        counterparty,
                        sent,
                        all,
                        occasions,
                        total,
                        populationShare,
                        probability));
                start = end + 1;
            } else {
                start++;
            }
        }
    }

    private Finding finding(
            TransferProjection graph,
            int account,
            int[] side,
            List<Integer> round,
            IntUnaryOperator counterparty,
            boolean sent,
            int all,
            int occasions,
            double total,
            double populationShare,
            double probability) {
        var builder = new FindingBuilder(graph).member(account, "account");
        var counterparties = new HashSet<Integer>();
        for (int i : round) {
            builder.transfers(side[i]).member(counterparty.applyAsInt(side[i]), "counterparty");
            counterparties.add(counterparty.applyAsInt(side[i]));
        }
        int k = round.size();
        long days = (graph.at(side[round.getLast()]) - graph.at(side[round.getFirst()])) / 86_400;
        double floor = -Math.log10(parameters.maxProbability());
        double surprise = probability > 0 ? -Math.log10(probability) : 300;
        return builder.build(
                this,
                0.5 + 0.5 * Math.min(1, (surprise - floor) / 10),
                String.format(
                        Locale.ROOT,
                        "%s %s %d round amounts (multiples of %,d in their own currency or token; %s in all) %s %d"
                                + " counterparties on %d occasions within %d days: %d of the %d transfers it %s in the"
                                + " %d days from the first (%.0f %%), where %.3f %% of all transfers are round; by chance %d or more"
                                + " would have a probability of %.1e",
                        graph.endpointKey(account),
                        sent ? "sent" : "received",
                        k,
                        (long) Math.pow(10, parameters.minZeros()),
                        Amounts.usd(total),
                        sent ? "to" : "from",
                        counterparties.size(),
                        occasions,
                        days,
                        k,
                        all,
                        sent ? "sent" : "received",
                        parameters.window().toDays(),
                        100.0 * k / all,
                        100 * populationShare,
                        k,
                        probability),
                parameters.asMap());
    }

    /** Round transfers {@code first..last} (positions in {@code round}) less than {@code sameOccasion} apart count once. */
    private int occasions(TransferProjection graph, int[] side, List<Integer> round, int first, int last) {
        int occasions = 0;
        long previous = Long.MIN_VALUE;
        for (int r = first; r <= last; r++) {
            long at = graph.at(side[round.get(r)]);
            if (occasions == 0 || at - previous >= parameters.sameOccasion().toSeconds()) {
                occasions++;
            }
            previous = at;
        }
        return occasions;
    }

    private boolean round(TransferProjection graph, int transfer) {
        return graph.wholeZeros(transfer) >= parameters.minZeros();
    }
}
