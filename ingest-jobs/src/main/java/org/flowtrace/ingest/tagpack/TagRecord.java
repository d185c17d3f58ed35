package org.flowtrace.ingest.tagpack;

import java.util.Map;
import org.flowtrace.ingest.support.Locatable;
import tools.jackson.databind.JsonNode;

/**
 * One tag of a TagPack with the header fields it inherits, as written.
 *
 * @param index 0-based position in the pack's {@code tags} list
 */
public record TagRecord(String pack, String creator, int index, Map<String, JsonNode> fields) implements Locatable {

    public TagRecord {
        fields = Map.copyOf(fields);
    }

    @Override
    public String locator() {
        return "tags[" + index + "]";
    }
}
