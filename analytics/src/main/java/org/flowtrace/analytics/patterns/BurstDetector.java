package org.flowtrace.analytics.patterns;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import org.flowtrace.analytics.projection.TransferProjection;
import org.flowtrace.graph.finding.Finding;

/**
 * A burst of activity that moves money through: an account or wallet suddenly makes, or receives, many
 * more transfers than it usually does, and the money passes through it — FATF's and the Egmont Group's
 * indicators "a sudden increase in the number or value of transactions" and "funds moved on soon
 * after they arrive" (mule accounts activated for a few days; Europol EMMA). Definition, with {@link
 * BurstParameters}: over each account's transfers on one side, the windows of {@code window} from each
 * transfer, taken greedily in time order without overlap; a window is a burst when it holds at least
 * {@code minTransfers} transfers, at least {@code minRatio} times the account's usual number in such a
 * window (its transfers on that side in the {@code baseline} before the burst — or since the graph's
 * first transfer, when that is shorter but at least {@code minHistory} — scaled to the window, at least
 * one), and at least {@code minTotalUsd}; and when the money moves: after an incoming burst the account
 * pays out {@code minMoved}–{@code maxMoved} of it by {@code moveWithin} after the burst's last
 * transfer; an outgoing burst is {@code minMoved}–{@code maxMoved} of what it received from {@code
 * moveWithin} before the burst's first transfer to its last.
 *
 * <p>Look-alikes left out: a shop's rush of card payments stays with the shop (its payments to
 * suppliers follow their own schedule, not the takings); an employer's salary run is paid from
 * the business's own money, not from a matching inflow just before; a family's monthly remittance is no
 * burst. The explanation gives the counts, the usual rate and what moved. Depends on the account's own
 * transfers only, so an incremental run examines only the accounts with new transfers.
 */
public final class BurstDetector implements PatternDetector {

    private final BurstParameters parameters;

    public BurstDetector(BurstParameters parameters) {
        this.parameters = parameters;
    }

    @Override
    public String name() {
        return "burst";
    }

    @Override
    public String typology() {
        return "BURST";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public List<Finding> detect(TransferProjection graph) {
        return detect(graph, account -> true);
    }

    /** A burst depends on its account's own transfers only. */
    @Override
    public Reach reach() {
        return Reach.anchor("account");
    }

    @Override
    public List<Finding> detect(TransferProjection graph, IntPredicate anchors) {
        var findings = new ArrayList<Finding>();
        if (graph.transferCount() == 0) {
            return findings;
        }
        long dataStart = graph.at(0);
        for (int account = 0; account < graph.endpointCount(); account++) {
            if (anchors.test(account)) {
                scan(graph, account, true, dataStart, findings);
                scan(graph, account, false, dataStart, findings);
            }
        }
        return findings;
    }

    private void scan(TransferProjection graph, int account, boolean incoming, long dataStart, List<Finding> findings) {
        int[] side = incoming ? graph.incoming(account) : graph.outgoing(account);
        long window = parameters.window().toSeconds();
        int baselineFrom = 0; // the first transfer inside the baseline before the window; only advances
        int start = 0;
        int end = 0;
        while (start + parameters.minTransfers() <= side.length) {
            long from = graph.at(side[start]);
            end = Math.max(end, start);
            while (end + 1 < side.length && graph.at(side[end + 1]) - from <= window) {
                end++;
            }
            int count = end - start + 1;
            long history = Math.min(parameters.baseline().toSeconds(), from - dataStart);
            if (count < parameters.minTransfers()
                    || history < Math.max(parameters.minHistory().toSeconds(), 1)) {
                start++;
                continue;
            }
            while (graph.at(side[baselineFrom]) < from - history) {
                baselineFrom++;
            }
            int before = start - baselineFrom;
            double usual = Math.max(1, before * (double) window / history);
            double total = usd(graph, side, start, end);
            if (count < parameters.minRatio() * usual || total < parameters.minTotalUsd()) {
                start++;
                continue;
            }
            long last = graph.at(side[end]);
            var moved = incoming
                    ? paidOut(
                            graph, account, from, last + parameters.moveWithin().toSeconds())
                    : received(graph, account, from - parameters.moveWithin().toSeconds(), last);
            double other = moved.stream().mapToDouble(t -> nonNaN(graph.usd(t))).sum();
            double share = incoming ? other / total : (other == 0 ? Double.POSITIVE_INFINITY : total / other);
            if (share < parameters.minMoved() || share > parameters.maxMoved()) {
                start++;
                continue;
            }
            findings.add(
                    finding(graph, account, incoming, side, start, end, moved, before, history, usual, total, other));
            start = end + 1;
        }
    }

    private Finding finding(
            TransferProjection graph,
            int account,
            boolean incoming,
            int[] side,
            int start,
            int end,
            List<Integer> moved,
            int before,
            long history,
            double usual,
            double total,
            double other) {
        var builder = new FindingBuilder(graph).member(account, "account");
        var counterparties = new HashSet<Integer>();
        for (int i = start; i <= end; i++) {
            int t = side[i];
            int counterparty = incoming ? graph.from(t) : graph.to(t);
            builder.transfers(t).member(counterparty, incoming ? "sender" : "receiver");
            counterparties.add(counterparty);
        }
        for (int t : moved) {
            builder.transfers(t).member(incoming ? graph.to(t) : graph.from(t), incoming ? "receiver" : "sender");
        }
        int count = end - start + 1;
        long hours = (graph.at(side[end]) - graph.at(side[start])) / 3600;
        double ratio = count / usual;
        return builder.build(
                this,
                0.5 + 0.5 * Math.min(1, (ratio - parameters.minRatio()) / (2 * parameters.minRatio())),
                String.format(
                        Locale.ROOT,
                        "%s %s %d transfers (%s in all) %s %d counterparties within %d h, %.1f times its usual %.1f in"
                                + " %d h (%d in the %.1f days before); %s",
                        graph.endpointKey(account),
                        incoming ? "received" : "sent",
                        count,
                        Amounts.usd(total),
                        incoming ? "from" : "to",
                        counterparties.size(),
                        hours,
                        ratio,
                        usual,
                        parameters.window().toHours(),
                        before,
                        history / 86_400.0,
                        incoming
                                ? String.format(
                                        Locale.ROOT,
                                        "it paid out %s (%.0f %% of it) by %d h after the burst",
                                        Amounts.usd(other),
                                        100 * other / total,
                                        parameters.moveWithin().toHours())
                                : String.format(
                                        Locale.ROOT,
                                        "it had received %s in the %d h before, and the burst paid out %.0f %% of it",
                                        Amounts.usd(other),
                                        parameters.moveWithin().toHours(),
                                        100 * total / other)),
                parameters.asMap());
    }

    /** What {@code account} paid from {@code from} to {@code until}, both included, in time order. */
    private static List<Integer> paidOut(TransferProjection graph, int account, long from, long until) {
        var within = new ArrayList<Integer>();
        for (int i = graph.firstOutgoingAfter(account, from - 1); i < graph.outgoingCount(account); i++) {
            int t = graph.outgoing(account, i);
            if (graph.at(t) > until) {
                break;
            }
            within.add(t);
        }
        return within;
    }

    /** What {@code account} received from {@code from} to {@code until}, both included, in time order. */
    private static List<Integer> received(TransferProjection graph, int account, long from, long until) {
        var within = new ArrayList<Integer>();
        for (int i = graph.firstIncomingAfter(account, from - 1); i < graph.incomingCount(account); i++) {
            int t = graph.incoming(account, i);
            if (graph.at(t) > until) {
                break;
            }
            within.add(t);
        }
        return within;
    }

    private static double usd(TransferProjection graph, int[] side, int start, int end) {
        double total = 0;
        for (int i = start; i <= end; i++) {
            total += nonNaN(graph.usd(side[i]));
        }
        return total;
    }

    private static double nonNaN(double usd) {
        return Double.isNaN(usd) ? 0 : usd;
    }
}
