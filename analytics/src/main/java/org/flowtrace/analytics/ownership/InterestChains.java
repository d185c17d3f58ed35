package org.flowtrace.analytics.ownership;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Chains through a set of stated interests, owner to subject: the simple paths between two parties and
 * the elementary cycles, each enumeration stopped at a limit (their number can grow exponentially).
 */
final class InterestChains {

    private final Map<String, List<StatedInterest>> byOwner = new LinkedHashMap<>();

    InterestChains(List<StatedInterest> interests) {
        interests.stream()
                .sorted(Comparator.comparing(StatedInterest::key))
                .forEach(i -> byOwner.computeIfAbsent(i.owner(), k -> new ArrayList<>())
                        .add(i));
    }

    /** Whether a chain leads from {@code from} to {@code to}. */
    boolean reaches(String from, String to) {
        var seen = new HashSet<String>(List.of(from));
        Deque<String> queue = new ArrayDeque<>(List.of(from));
        while (!queue.isEmpty()) {
            for (var interest : byOwner.getOrDefault(queue.poll(), List.of())) {
                if (interest.subject().equals(to)) {
                    return true;
                }
                if (seen.add(interest.subject())) {
                    queue.add(interest.subject());
                }
            }
        }
        return false;
    }

    /** Whether anyone holds an interest in this party. */
    boolean held(String party) {
        return byOwner.values().stream()
                .flatMap(List::stream)
                .anyMatch(i -> i.subject().equals(party));
    }

    /** Up to {@code limit} chains from {@code from} to {@code to} that visit no party twice, shortest first. */
    List<List<StatedInterest>> paths(String from, String to, int limit) {
        var found = new ArrayList<List<StatedInterest>>();
        walk(from, to, new ArrayList<>(), new HashSet<>(List.of(from)), found);
        found.sort(Comparator.comparingInt(List::size));
        return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
    }

    /**
     * Up to {@code limit} elementary cycles, each once, starting at its smallest party key (a depth-first
     * search from each party through larger keys only).
     */
    List<List<StatedInterest>> cycles(int limit) {
        var found = new ArrayList<List<StatedInterest>>();
        for (var start : new TreeSet<>(byOwner.keySet())) {
            var visited = new HashSet<String>(List.of(start));
            walkCycles(start, start, new ArrayList<>(), visited, found, limit);
            if (found.size() >= limit) {
                break;
            }
        }
        return found;
    }

    private void walk(
            String at, String to, List<StatedInterest> path, Set<String> visited, List<List<StatedInterest>> found) {
        // every simple path is listed before sorting: the caller's party limit keeps this small
        if (found.size() >= 10_000) {
            return;
        }
        for (var interest : byOwner.getOrDefault(at, List.of())) {
            var next = interest.subject();
            path.add(interest);
            if (next.equals(to)) {
                found.add(List.copyOf(path));
            } else if (visited.add(next)) {
                walk(next, to, path, visited, found);
                visited.remove(next);
            }
            path.removeLast();
        }
    }

    private void walkCycles(
            String start,
            String at,
            List<StatedInterest> path,
            Set<String> visited,
            List<List<StatedInterest>> found,
            int limit) {
        for (var interest : byOwner.getOrDefault(at, List.of())) {
            if (found.size() >= limit) {
                return;
            }
            var next = interest.subject();
            path.add(interest);
            if (next.equals(start)) {
                found.add(List.copyOf(path));
            } else if (next.compareTo(start) > 0 && visited.add(next)) {
                walkCycles(start, next, path, visited, found, limit);
                visited.remove(next);
            }
            path.removeLast();
        }
    }
}
