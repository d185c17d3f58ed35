package org.flowtrace.analytics.patterns;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowtrace.analytics.projection.TransferProjection;
import org.flowtrace.graph.finding.Finding;

/**
 * Peel chains: money moves down a chain of (usually fresh) addresses; at each hop a small part is
 * peeled off to another address, often an exchange deposit address, and the rest is forwarded
 * (Chainalysis and Elliptic describe it for stolen and scam funds; it works on bank accounts too).
 * Definition: a hop is a transfer into an account or wallet that, within {@code hopWithin}, sends on
 * the largest part (at least {@code 1 - maxPeelShare} of what arrived, the forward) and peels off the
 * rest in other transfers (at most {@value PeelChainParameters#MAX_HOP_OUTFLOWS} outflows are looked
 * at), the forward and the peels adding up to what arrived within {@code tolerance}, and nothing else
 * arriving at it until it has passed the money on (peel-chain addresses are used once; a busy account
 * that happens to pay out as much as came in could be paying out anyone's money); a hop that
 * forwards everything within the tolerance continues the chain without a peel. A chain is found from
 * its first transfer (of at least {@code minAmountUsd}) when it has at least {@code minPeels} peeling
 * hops.
 */
public final class PeelChainDetector implements PatternDetector {

    private final PeelChainParameters parameters;

    public PeelChainDetector(PeelChainParameters parameters) {
        this.parameters = parameters;
    }

    @Override
    public String name() {
        return "peel-chain";
    }

    @Override
    public String typology() {
        return "PEEL_CHAIN";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public List<Finding> detect(TransferProjection graph) {
        int n = graph.transferCount();
        var forward = new int[n];
        Arrays.fill(forward, -1);
        var continued = new boolean[n];
        var peels = new HashMap<Integer, int[]>();
        for (int t = 0; t < n; t++) {
            if (graph.usd(t) >= parameters.minAmountUsd() * (1 - parameters.maxPeelShare())) {
                hop(graph, t, forward, peels);
                if (forward[t] >= 0) {
                    continued[forward[t]] = true;
                }
            }
        }
        var findings = new ArrayList<Finding>();
        for (int first = 0; first < n; first++) {
            if (forward[first] < 0 || continued[first] || graph.usd(first) < parameters.minAmountUsd()) {
                continue;
            }
            var chain = new ArrayList<Integer>();
            int peeling = 0;
            for (int t = first; t >= 0; t = forward[t]) { // each forward is later than the transfer it follows
                chain.add(t);
                peeling += peels.containsKey(t) ? 1 : 0;
            }
            if (peeling >= parameters.minPeels()) {
                findings.add(finding(graph, chain, peels, peeling));
            }
        }
        return findings;
    }

    /** Records the forward and the peels of the hop that {@code in} arrives at, if it is one. */
    private void hop(TransferProjection graph, int in, int[] forward, Map<Integer, int[]> peels) {
        int hop = graph.to(in);
        double arrived = graph.usd(in);
        long until = graph.at(in) + parameters.hopWithin().toSeconds();
        int from = graph.firstOutgoingAfter(hop, graph.at(in));
        int to = Math.min(graph.outgoingCount(hop), from + PeelChainParameters.MAX_HOP_OUTFLOWS);
        int best = -1;
        var window = new ArrayList<Integer>();
        for (int i = from; i < to; i++) {
            int out = graph.outgoing(hop, i);
            if (graph.at(out) > until) {
                break;
            }
            window.add(out);
            double share = graph.usd(out) / arrived;
            if (share >= 1 - parameters.maxPeelShare()
                    && share <= 1 + parameters.tolerance()
                    && (best < 0 || graph.usd(out) > graph.usd(best))) {
                best = out;
            }
        }
        if (best < 0) {
            return;
        }
        double sent = graph.usd(best);
        var peeled = new ArrayList<Integer>();
        for (int out : window) {
            if (out != best && sent + graph.usd(out) <= arrived * (1 + parameters.tolerance())) {
                peeled.add(out);
                sent += graph.usd(out);
            }
        }
        if (Math.abs(sent - arrived) > arrived * parameters.tolerance()) {
            return;
        }
        long passedOn = graph.at(best);
        for (int out : peeled) {
            passedOn = Math.max(passedOn, graph.at(out));
        }
        int next = graph.firstIncomingAfter(hop, graph.at(in));
        if (next < graph.incomingCount(hop) && graph.at(graph.incoming(hop, next)) <= passedOn) {
            return; // other money arrived while it passed this on: a busy account, not a hop
        }
        forward[in] = best;
        if (!peeled.isEmpty()) {
            peels.put(in, peeled.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    private Finding finding(TransferProjection graph, List<Integer> chain, Map<Integer, int[]> peels, int peeling) {
        int first = chain.get(0);
        int last = chain.get(chain.size() - 1);
        var builder = new FindingBuilder(graph).member(graph.from(first), "origin");
        for (int t : chain) {
            builder.transfers(t).member(graph.to(t), t == last ? "end" : "hop");
        }
        double peeled = 0;
        for (int t : chain) {
            for (int peel : peels.getOrDefault(t, new int[0])) {
                builder.transfers(peel).member(graph.to(peel), "peel-receiver");
                peeled += graph.usd(peel);
            }
        }
        long hours = (graph.at(last) - graph.at(first)) / 3600;
        return builder.build(
                this,
                0.6 + 0.4 * Math.min(1, (peeling - parameters.minPeels()) / 3.0),
                "%s moved down a chain of %d transfers from %s within %d h; %d hops peeled off %s in all, and %s reached %s"
                        .formatted(
                                Amounts.usd(graph.usd(first)),
                                chain.size(),
                                graph.endpointKey(graph.from(first)),
                                hours,
                                peeling,
                                Amounts.usd(peeled),
                                Amounts.usd(graph.usd(last)),
                                graph.endpointKey(graph.to(last))),
                parameters.asMap());
    }
}
