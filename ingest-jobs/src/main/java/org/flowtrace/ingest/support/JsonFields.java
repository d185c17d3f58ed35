package org.flowtrace.ingest.support;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Reading optional values out of JSON records: stripped text or nothing, never a placeholder. */
public final class JsonFields {

    private JsonFields() {}

    /** The stripped text of {@code node.field} when it is a non-blank scalar, else {@code null}. */
    public static @Nullable String text(@Nullable JsonNode node, String field) {
        return node == null ? null : text(node.get(field));
    }

    /** The stripped text of a non-blank scalar, else {@code null}. */
    public static @Nullable String text(@Nullable JsonNode value) {
        if (value == null || value.isNull() || value.isContainer()) {
            return null;
        }
        var text = value.asString().strip();
        return text.isEmpty() ? null : text;
    }

    /** The non-blank scalar texts of an array (or of a single scalar), in order, without repeats. */
    public static List<String> texts(@Nullable JsonNode value) {
        var texts = new ArrayList<String>();
        if (value == null) {
            return texts;
        }
        if (value.isArray()) {
            for (var element : value) {
                var text = text(element);
                if (text != null && !texts.contains(text)) {
                    texts.add(text);
                }
            }
        } else {
            var text = text(value);
            if (text != null) {
                texts.add(text);
            }
        }
        return texts;
    }

    /** The elements of {@code node.field} when it is an array, else none. */
    public static List<JsonNode> elements(@Nullable JsonNode node, String field) {
        var elements = new ArrayList<JsonNode>();
        var value = node == null ? null : node.get(field);
        if (value != null && value.isArray()) {
            value.forEach(elements::add);
        }
        return elements;
    }
}
