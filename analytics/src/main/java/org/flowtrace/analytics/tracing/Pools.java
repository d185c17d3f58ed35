package org.flowtrace.analytics.tracing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Endpoints joined by explicit links (union-find): each pool is named by its smallest key, and its
 * money is one balance — a deposit at the exchange account of a party and a withdrawal from the wallet
 * the same party controls are two sides of one holding.
 */
final class Pools {

    private final Map<String, String> parent = new HashMap<>();
    private final Map<String, List<String>> why = new TreeMap<>();
    private final Map<String, java.util.TreeSet<String>> groups = new HashMap<>();

    /**
     * Reads the endpoints not read yet and follows their explicit links until none is new; returns each
     * endpoint reached only through a link, with the endpoint it was linked from.
     */
    Map<String, String> discover(
            TransferHistoryReader reader, java.util.Set<String> keys, Map<String, EndpointInfo> infos) {
        var reachedVia = new java.util.LinkedHashMap<String, String>();
        var pending = new java.util.HashSet<>(keys);
        while (!pending.isEmpty()) {
            pending.forEach(this::add);
            var read = reader.endpoints(
                    pending.stream().filter(k -> !infos.containsKey(k)).toList());
            infos.putAll(read);
            var linked = new java.util.HashSet<String>();
            for (var info : read.values()) {
                for (var link : info.links()) {
                    link(info.key(), link.to(), link.why());
                    if (!infos.containsKey(link.to())
                            && !keys.contains(link.to())
                            && !reachedVia.containsKey(link.to())) {
                        reachedVia.put(link.to(), info.key());
                        linked.add(link.to());
                    }
                }
            }
            pending = linked;
        }
        return reachedVia;
    }

    /** Whether any endpoint of the pool is an exchange's (custodial) wallet. */
    boolean isExchange(String pool, Map<String, EndpointInfo> infos) {
        return members(pool).stream()
                .anyMatch(k -> infos.containsKey(k) && infos.get(k).custodial());
    }

    void add(String key) {
        if (parent.putIfAbsent(key, key) == null) {
            groups.put(key, new java.util.TreeSet<>(List.of(key)));
        }
    }

    void link(String a, String b, String reason) {
        add(a);
        add(b);
        var ra = root(a);
        var rb = root(b);
        if (!ra.equals(rb)) {
            var keep = ra.compareTo(rb) < 0 ? ra : rb;
            var drop = keep.equals(ra) ? rb : ra;
            parent.put(drop, keep);
            groups.get(keep).addAll(groups.remove(drop));
        }
        why.computeIfAbsent(a.compareTo(b) < 0 ? a + " = " + b : b + " = " + a, k -> new ArrayList<>());
        var reasons = why.get(a.compareTo(b) < 0 ? a + " = " + b : b + " = " + a);
        if (!reasons.contains(reason)) {
            reasons.add(reason);
        }
    }

    String root(String key) {
        var p = parent.getOrDefault(key, key);
        if (p.equals(key)) {
            return key;
        }
        var r = root(p);
        parent.put(key, r);
        return r;
    }

    /** Every key's pool. */
    Map<String, String> assignment() {
        var pools = new HashMap<String, String>();
        parent.keySet().forEach(k -> pools.put(k, root(k)));
        return pools;
    }

    List<String> members(String pool) {
        var group = groups.get(root(pool));
        return group == null ? List.of() : List.copyOf(group);
    }

    /** The links, one line each: {@code A = B: reason}. */
    List<String> describe() {
        var lines = new ArrayList<String>();
        why.forEach((pair, reasons) -> lines.add(pair + ": " + String.join("; ", reasons)));
        return lines;
    }
}
