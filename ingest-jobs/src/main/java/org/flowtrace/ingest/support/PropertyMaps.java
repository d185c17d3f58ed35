package org.flowtrace.ingest.support;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Filling the property maps processors hand to the writers: a value absent from a source is left out,
 * never stored as a placeholder or an empty list.
 */
public final class PropertyMaps {

    private PropertyMaps() {}

    /** Puts {@code value} under {@code key} unless it is {@code null}. */
    public static void put(Map<String, Object> props, String key, @Nullable Object value) {
        if (value != null) {
            props.put(key, value);
        }
    }

    /** Puts {@code values} under {@code key} unless there are none. */
    public static void putList(Map<String, List<String>> lists, String key, List<String> values) {
        if (!values.isEmpty()) {
            lists.put(key, values);
        }
    }
}
