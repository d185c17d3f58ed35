package org.flowtrace.analytics.cases;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a case being built includes: nodes by label with why each was included (the first reasons, in
 * order), and the transfers (all, and those reached by a trace). Mutable; lives only inside one build.
 */
final class CaseMembers {

    private final Map<MemberLabel, Map<String, Set<String>>> nodes = new EnumMap<>(MemberLabel.class);
    private final Set<String> transfers = new LinkedHashSet<>();
    private final Set<String> traced = new LinkedHashSet<>();

    /** Includes a node; returns whether it is new. */
    boolean add(MemberLabel label, String key, String via) {
        var byKey = nodes.computeIfAbsent(label, l -> new LinkedHashMap<>());
        boolean added = !byKey.containsKey(key);
        byKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(via);
        return added;
    }

    void addTransfers(List<String> ids) {
        transfers.addAll(ids);
    }

    void addTraced(String id) {
        transfers.add(id);
        traced.add(id);
    }

    List<String> keys(MemberLabel label) {
        return List.copyOf(nodes.getOrDefault(label, Map.of()).keySet());
    }

    /** Account and wallet keys. */
    List<String> endpoints() {
        var keys = new ArrayList<>(keys(MemberLabel.ACCOUNT));
        keys.addAll(keys(MemberLabel.WALLET));
        return keys;
    }

    List<String> transfers() {
        return List.copyOf(transfers);
    }

    List<String> traced() {
        return List.copyOf(traced);
    }

    /** Rows for the writer: {@code key} and {@code via} of each node of one label. */
    List<Map<String, Object>> rows(MemberLabel label) {
        var rows = new ArrayList<Map<String, Object>>();
        nodes.getOrDefault(label, Map.of())
                .forEach((key, via) -> rows.add(Map.of("key", key, "via", List.copyOf(via))));
        return rows;
    }
}
