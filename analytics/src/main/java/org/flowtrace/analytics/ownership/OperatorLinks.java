package org.flowtrace.analytics.ownership;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.flowtrace.graph.connection.GraphConnection;

/**
 * Ranked paths from a party, account or wallet to designated operators: parties a list designates (an
 * FIU's list of compounds and operators, OFAC SDN, FollowTheMoney sanctions) and designated wallets.
 *
 * <p><b>Links followed</b>, either way round: {@code OWNS} and {@code CONTROLS} (current interests),
 * {@code SAME_AS} (confirmed by an analyst, or candidates of entity resolution scoring at least
 * {@link LinkParameters#minSameAsScore()}, 0.8 by default; rejected never), {@code HOLDS} (a party's
 * bank account), {@code CONTROLS_WALLET}, {@code LINKED_TO} (a list's family, associate or linked
 * company) and {@code TRANSFER} (money either way, all transfers between two ends as one hop).
 *
 * <p><b>Search.</b> Breadth first, one query per level ({@link LinkGraphReader}), up to
 * {@link LinkParameters#maxHops()} levels, {@link LinkParameters#maxNodes()} nodes and
 * {@link LinkParameters#maxLinksPerNode()} links per node; a designated node ends a path (it is not
 * searched through). Then a best-first search over what was read lists the paths that visit no node
 * twice, strongest first, until {@link LinkParameters#maxPaths()} are found.
 *
 * <p><b>Score.</b> Each hop multiplies the score by {@value #HOP} (fewer hops first) and by the
 * strength of its evidence ({@link LinkKind}): 1 for holding an account, controlling a wallet or a
 * confirmed {@code SAME_AS}; a candidate's resolution score; 0.5 + half the stated share for
 * {@code OWNS} (100 % → 1, 30 % → 0.65; 0.5 unstated); 0.9 for control; 0.7 for money flows; 0.6 for a
 * list's unexplained link. A path's score is the product, so it only falls as the path grows, and the
 * best-first search returns the strongest paths exactly, in order.
 */
public final class OperatorLinks {

    /** What each hop costs, whatever its evidence. */
    public static final double HOP = 0.9;

    private static final int MAX_EXPANSIONS = 200_000;

    private final GraphConnection graph;

    public OperatorLinks(GraphConnection graph) {
        this.graph = graph;
    }

    /** The strongest paths from the start (account or wallet key, party key, name or alias) to operators. */
    public OperatorLinkReport from(String start, LinkParameters parameters) {
        var reader = new LinkGraphReader(graph, parameters);
        var origin = reader.start(start);
        var notes = new ArrayList<String>();
        if (origin.designated()) {
            notes.add("the start is itself designated: " + String.join("; ", origin.designations()));
        }
        var nodes = new LinkedHashMap<String, LinkNode>();
        nodes.put(origin.key(), origin);
        var links = new HashMap<String, List<LinkGraphReader.Neighbour>>();
        var frontier = List.of(origin.key());
        for (int level = 0; level < parameters.maxHops() && !frontier.isEmpty(); level++) {
            var next = new ArrayList<String>();
            for (var neighbour : reader.neighbours(frontier)) {
                var key = neighbour.node().key();
                if (!nodes.containsKey(key)) {
                    if (nodes.size() >= parameters.maxNodes()) {
                        continue;
                    }
                    nodes.put(key, neighbour.node());
                    if (!neighbour.node().designated()) {
                        next.add(key);
                    }
                }
                links.computeIfAbsent(neighbour.hop().from(), k -> new ArrayList<>())
                        .add(neighbour);
            }
            frontier = next;
        }
        if (nodes.size() >= parameters.maxNodes()) {
            notes.add(
                    "the search stopped at " + parameters.maxNodes() + " nodes: weaker or longer paths may be missing");
        }
        var paths = search(origin, links, parameters, notes);
        return new OperatorLinkReport(origin, paths, parameters, nodes.size(), notes);
    }

    private record Partial(List<LinkNode> nodes, List<LinkHop> hops, double score) {}

    private static List<OperatorPath> search(
            LinkNode origin,
            Map<String, List<LinkGraphReader.Neighbour>> links,
            LinkParameters parameters,
            List<String> notes) {
        var queue = new PriorityQueue<>(Comparator.comparingDouble(Partial::score)
                .reversed()
                .thenComparingInt(p -> p.hops().size()));
        queue.add(new Partial(List.of(origin), List.of(), 1.0));
        var found = new ArrayList<OperatorPath>();
        int expansions = 0;
        while (!queue.isEmpty() && found.size() < parameters.maxPaths()) {
            var partial = queue.poll();
            var last = partial.nodes().getLast();
            if (!partial.hops().isEmpty() && last.designated()) {
                found.add(new OperatorPath(partial.nodes(), partial.hops(), partial.score()));
                continue;
            }
            if (partial.hops().size() >= parameters.maxHops() || (last.designated() && last != origin)) {
                continue;
            }
            if (++expansions > MAX_EXPANSIONS) {
                notes.add("the path search stopped after " + MAX_EXPANSIONS + " partial paths");
                break;
            }
            var onPath = new HashSet<String>();
            partial.nodes().forEach(n -> onPath.add(n.key()));
            for (var neighbour : links.getOrDefault(last.key(), List.of())) {
                if (onPath.contains(neighbour.node().key())) {
                    continue;
                }
                var nodes = new ArrayList<>(partial.nodes());
                nodes.add(neighbour.node());
                var hops = new ArrayList<>(partial.hops());
                hops.add(neighbour.hop());
                queue.add(new Partial(
                        nodes, hops, partial.score() * HOP * neighbour.hop().strength()));
            }
        }
        return found;
    }
}
