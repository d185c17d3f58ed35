package org.flowtrace.analytics.ownership;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The strongest paths that visit no node twice from the start to designated nodes over the links
 * {@link LinkExploration} read, strongest first: a best-first (A*) search whose partial paths are ordered
 * by their score times the best score with which their last node could still reach a designated node
 * (a Dijkstra search backwards from the designated nodes over the same links, ignoring the no-repeat
 * rule, so it never underestimates). A partial path is dropped when its last node cannot reach a
 * designated node within the hops left. Since a hop's weight ({@link OperatorLinks#HOP} × strength) is
 * at most 1, a path taken off the queue complete is stronger than any still to be found: the paths
 * come out exactly in order, and the search explores little beyond them.
 */
final class StrongestPaths {

    /** At most this many partial paths are expanded. */
    static final int MAX_EXPANSIONS = 200_000;

    /** A path found: its nodes and links in order, and its score. */
    record Found(List<LinkNode> nodes, List<LinkGraphReader.Link> links, double score) {}

    private record Partial(List<LinkNode> nodes, List<LinkGraphReader.Link> links, double score, double bound) {}

    private final Map<String, List<LinkGraphReader.Neighbour>> links;
    private final LinkParameters parameters;

    StrongestPaths(Map<String, List<LinkGraphReader.Neighbour>> links, LinkParameters parameters) {
        this.links = links;
        this.parameters = parameters;
    }

    /** The strongest paths from the start, at most {@link LinkParameters#maxPaths()}; notes the expansion limit. */
    List<Found> from(LinkNode origin, List<String> notes) {
        var reverse = reverse();
        var best = bestToTarget(origin, reverse);
        var fewest = fewestHopsToTarget(origin, reverse);
        var queue = new PriorityQueue<>(Comparator.comparingDouble((Partial p) -> p.score() * p.bound())
                .reversed()
                .thenComparing(Comparator.comparingDouble(Partial::score).reversed())
                .thenComparingInt(p -> p.links().size()));
        queue.add(new Partial(List.of(origin), List.of(), 1.0, 1.0));
        var found = new ArrayList<Found>();
        int expansions = 0;
        while (!queue.isEmpty() && found.size() < parameters.maxPaths()) {
            var partial = queue.poll();
            var last = partial.nodes().getLast();
            if (!partial.links().isEmpty() && last.designated()) {
                found.add(new Found(partial.nodes(), partial.links(), partial.score()));
                continue;
            }
            if (++expansions > MAX_EXPANSIONS) {
                notes.add("the path search stopped after " + MAX_EXPANSIONS + " partial paths");
                break;
            }
            var onPath = new HashSet<String>();
            partial.nodes().forEach(n -> onPath.add(n.key()));
            int length = partial.links().size() + 1;
            for (var neighbour : links.getOrDefault(last.key(), List.of())) {
                var next = neighbour.node().key();
                var bound = best.get(next);
                if (onPath.contains(next) || bound == null || length + fewest.get(next) > parameters.maxHops()) {
                    continue;
                }
                var nodes = new ArrayList<>(partial.nodes());
                nodes.add(neighbour.node());
                var path = new ArrayList<>(partial.links());
                path.add(neighbour.link());
                queue.add(new Partial(
                        nodes,
                        path,
                        partial.score() * OperatorLinks.HOP * neighbour.link().strength(),
                        bound));
            }
        }
        return found;
    }

    /** For each node read or reached, the links that lead to it. */
    private Map<String, List<LinkGraphReader.Neighbour>> reverse() {
        var reverse = new HashMap<String, List<LinkGraphReader.Neighbour>>();
        links.values()
                .forEach(list ->
                        list.forEach(n -> reverse.computeIfAbsent(n.node().key(), k -> new ArrayList<>())
                                .add(n)));
        return reverse;
    }

    /** The designated nodes reached, other than the start. */
    private List<String> targets(LinkNode origin) {
        var targets = new HashSet<String>();
        links.values()
                .forEach(list -> list.stream()
                        .filter(n -> n.node().designated() && !n.node().key().equals(origin.key()))
                        .forEach(n -> targets.add(n.node().key())));
        return List.copyOf(targets);
    }

    /** The best score with which each node can reach a designated node (1 for a designated node). */
    private Map<String, Double> bestToTarget(LinkNode origin, Map<String, List<LinkGraphReader.Neighbour>> reverse) {
        record Reach(String key, double score) {}
        var best = new HashMap<String, Double>();
        var queue = new PriorityQueue<>(Comparator.comparingDouble(Reach::score).reversed());
        targets(origin).forEach(t -> queue.add(new Reach(t, 1.0)));
        while (!queue.isEmpty()) {
            var reach = queue.poll();
            if (best.containsKey(reach.key())) {
                continue;
            }
            best.put(reach.key(), reach.score());
            for (var into : reverse.getOrDefault(reach.key(), List.of())) {
                var from = into.link().from();
                if (!best.containsKey(from)) {
                    queue.add(new Reach(
                            from,
                            reach.score() * OperatorLinks.HOP * into.link().strength()));
                }
            }
        }
        return best;
    }

    /** The fewest hops from each node to a designated node (0 for a designated node). */
    private Map<String, Integer> fewestHopsToTarget(
            LinkNode origin, Map<String, List<LinkGraphReader.Neighbour>> reverse) {
        var fewest = new HashMap<String, Integer>();
        var queue = new ArrayDeque<String>();
        targets(origin).forEach(t -> {
            fewest.put(t, 0);
            queue.add(t);
        });
        while (!queue.isEmpty()) {
            var key = queue.poll();
            for (var into : reverse.getOrDefault(key, List.of())) {
                var from = into.link().from();
                if (!fewest.containsKey(from)) {
                    fewest.put(from, fewest.get(key) + 1);
                    queue.add(from);
                }
            }
        }
        return fewest;
    }
}
