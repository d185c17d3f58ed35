package org.flowtrace.graph.explore;

import java.util.Objects;

/**
 * A node of a neighbourhood.
 *
 * @param id {@code kind:key}, e.g. {@code wallet:TRON:T…}: unique within the graph shown
 * @param kind its kind
 * @param key its key
 * @param label what to show (a party's name, a tag's label, a finding's typology, else the key)
 * @param risk {@code victim} (a possible victim of trafficking), {@code designated} (on a sanctions or FIU
 *     list: {@code DESIGNATED_BY}), {@code flagged} (in any finding) or {@code none}, the first that holds
 */
public record GraphNode(String id, ElementKind kind, String key, String label, String risk) {

    public GraphNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(risk, "risk");
    }

    /** The id of the node of this kind and key. */
    public static String id(ElementKind kind, String key) {
        return kind.apiName() + ":" + key;
    }
}
