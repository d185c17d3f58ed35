package org.flowtrace.analytics.ownership;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads the links around a start for {@link OperatorLinks}, fewest money flows first and then strongest
 * first, in rounds of one query each ({@link LinkGraphReader#neighbours}).
 *
 * <p><b>Order.</b> A node's tier is the fewest money-flow ({@code TRANSFER}) hops on a path that reaches
 * it. Every node of tier 0 — reached through ownership, control, holdings, wallet control, list links and
 * {@code SAME_AS} alone — is read before any of tier 1, and so on: the records of who owns and who is whom
 * are few, while an account's counterparties, theirs, and theirs again grow by hundreds a hop, and read by
 * score alone they would fill the node limit before a chain of holding companies seven hops long is read
 * to its end. Within a tier, a round reads the nodes not yet read whose best path so far scores within one
 * hop's cost ({@link OperatorLinks#HOP}) of the strongest such node, at most {@value #ROUND} of them
 * (scores are those of {@link OperatorLinks}). A node limit, when reached, cuts off paths with more money
 * flows first, then the weakest.
 *
 * <p>A node is read when a path of fewer than {@link LinkParameters#maxHops()} hops reaches it and it
 * is neither designated (a designated node ends a path) nor a stop: an exchange's custodial wallet
 * ({@code custodial}, from a TagPack's exchange tag) or an account or wallet with more than
 * {@link LinkParameters#maxDegree()} transfers. Stops are kept to be reported. The start is always read.
 * The search ends when nothing is left to read or after the round in which
 * {@link LinkParameters#maxNodes()} nodes are reached.
 */
final class LinkExploration {

    /** At most this many nodes are read in one query. */
    static final int ROUND = 500;

    /** What was read: the nodes, the links of each node read, the stops, and whether the node limit was reached. */
    record Explored(
            Map<String, LinkNode> nodes,
            Map<String, List<LinkGraphReader.Neighbour>> links,
            List<LinkStop> stops,
            boolean full) {}

    private record Candidate(String key, int flows, double score) {}

    private final LinkGraphReader reader;
    private final LinkParameters parameters;
    private final Map<String, LinkNode> nodes = new LinkedHashMap<>();
    private final Map<String, List<LinkGraphReader.Neighbour>> links = new HashMap<>();
    private final Map<String, LinkStop> stops = new HashMap<>();
    private final Map<String, Double> scores = new HashMap<>();
    private final Map<String, Integer> hops = new HashMap<>();
    private final Map<String, Integer> flows = new HashMap<>();
    private final Set<String> read = new HashSet<>();
    private final PriorityQueue<Candidate> queue = new PriorityQueue<>(Comparator.comparingInt(Candidate::flows)
            .thenComparing(Comparator.comparingDouble(Candidate::score).reversed()));

    LinkExploration(LinkGraphReader reader, LinkParameters parameters) {
        this.reader = reader;
        this.parameters = parameters;
    }

    /** Reads the links around the start (an instance reads once). */
    Explored from(LinkNode start) {
        nodes.put(start.key(), start);
        reach(start.key(), 1.0, 0, 0);
        boolean full = false;
        for (var round = nextRound(); !round.isEmpty() && !full; round = nextRound()) {
            read.addAll(round);
            for (var neighbour : reader.neighbours(round)) {
                var node = neighbour.node();
                if (!nodes.containsKey(node.key())) {
                    if (nodes.size() >= parameters.maxNodes()) {
                        full = true;
                        continue;
                    }
                    nodes.put(node.key(), node);
                    var reason = stop(neighbour);
                    if (reason != null) {
                        stops.put(node.key(), new LinkStop(node, neighbour.transfers(), reason));
                    }
                }
                var link = neighbour.link();
                links.computeIfAbsent(link.from(), k -> new ArrayList<>()).add(neighbour);
                reach(
                        node.key(),
                        scores.get(link.from()) * OperatorLinks.HOP * link.strength(),
                        hops.get(link.from()) + 1,
                        flows.get(link.from()) + flow(link));
            }
        }
        var stopped = new ArrayList<>(stops.values());
        stopped.sort(Comparator.comparingLong(LinkStop::transfers)
                .reversed()
                .thenComparing(s -> s.node().key()));
        return new Explored(nodes, links, stopped, full);
    }

    /** Why a node is not searched through, or null. A designated node is a target, never a stop. */
    private @Nullable String stop(LinkGraphReader.Neighbour neighbour) {
        if (neighbour.node().designated()) {
            return null;
        }
        if (neighbour.custodial()) {
            return "exchange (custodial wallet)";
        }
        if (neighbour.transfers() > parameters.maxDegree()) {
            return "hub: more than " + parameters.maxDegree() + " transfers";
        }
        return null;
    }

    /**
     * A path of this score, length and number of money flows reaches the node: keeps its best score, fewest
     * hops and fewest money flows, queues it when it is to be read, and passes an improvement on to what it
     * links to when it was read already.
     */
    private void reach(String key, double score, int length, int moneyFlows) {
        var pending = new ArrayDeque<Reach>();
        pending.add(new Reach(key, score, length, moneyFlows));
        while (!pending.isEmpty()) {
            var next = pending.poll();
            double known = scores.getOrDefault(next.key(), -1.0);
            int fewest = hops.getOrDefault(next.key(), Integer.MAX_VALUE);
            int fewestFlows = flows.getOrDefault(next.key(), Integer.MAX_VALUE);
            if (next.score() <= known && next.hops() >= fewest && next.flows() >= fewestFlows) {
                continue;
            }
            scores.put(next.key(), Math.max(known, next.score()));
            hops.put(next.key(), Math.min(fewest, next.hops()));
            flows.put(next.key(), Math.min(fewestFlows, next.flows()));
            if (!read.contains(next.key())) {
                if (readable(next.key())) {
                    queue.add(new Candidate(next.key(), flows.get(next.key()), scores.get(next.key())));
                }
                continue;
            }
            for (var neighbour : links.getOrDefault(next.key(), List.of())) {
                pending.add(new Reach(
                        neighbour.node().key(),
                        scores.get(next.key())
                                * OperatorLinks.HOP
                                * neighbour.link().strength(),
                        hops.get(next.key()) + 1,
                        flows.get(next.key()) + flow(neighbour.link())));
            }
        }
    }

    /** A path's arrival at a node: its score, hops and money flows. */
    private record Reach(String key, double score, int hops, int flows) {}

    private static int flow(LinkGraphReader.Link link) {
        return link.kind() == LinkKind.TRANSFER ? 1 : 0;
    }

    private boolean readable(String key) {
        var node = nodes.get(key);
        return node != null
                && hops.get(key) < parameters.maxHops()
                && (hops.get(key) == 0 || (!node.designated() && !stops.containsKey(key)));
    }

    /**
     * The nodes to read next: of the lowest tier queued, those within one hop's cost of the strongest, at
     * most {@value #ROUND}.
     */
    private Set<String> nextRound() {
        var round = new LinkedHashSet<String>();
        double strongest = -1;
        int tier = -1;
        while (!queue.isEmpty() && round.size() < ROUND) {
            var candidate = queue.peek();
            if (read.contains(candidate.key()) || round.contains(candidate.key())) {
                queue.poll();
                continue;
            }
            if (strongest < 0) {
                strongest = candidate.score();
                tier = candidate.flows();
            } else if (candidate.flows() != tier || candidate.score() < strongest * OperatorLinks.HOP) {
                break;
            }
            round.add(queue.poll().key());
        }
        return round;
    }
}
