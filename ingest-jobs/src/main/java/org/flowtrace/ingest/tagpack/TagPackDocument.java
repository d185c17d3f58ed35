package org.flowtrace.ingest.tagpack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flowtrace.ingest.SourceFormatException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A TagPack file read with its header applied: every tag carries the header's tag fields unless it
 * sets them itself (GraphSense: "header fields are inherited by each tag"). Title, creator,
 * description, owner and is_public describe the pack and are not tag fields.
 *
 * @param title the pack's title
 * @param creator who made the pack
 * @param tags the tags, each with its inherited fields, in file order
 */
public record TagPackDocument(String title, String creator, List<Map<String, JsonNode>> tags) {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final Set<String> PACK_FIELDS =
            Set.of("title", "creator", "description", "owner", "is_public", "tags");

    public TagPackDocument {
        tags = List.copyOf(tags);
    }

    /** Reads and checks a TagPack; anything else fails fast with the reason. */
    public static TagPackDocument read(Path file) {
        JsonNode root;
        try {
            var text = Files.readString(file);
            if (text.isBlank()) {
                throw new SourceFormatException(file.toString(), "empty file: nothing to load");
            }
            root = YAML.readTree(text);
        } catch (JacksonException e) {
            throw new SourceFormatException(file.toString(), "not valid YAML: " + e.getOriginalMessage(), e);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new SourceFormatException(file.toString(), "not a UTF-8 text file", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (root == null || !root.isObject()) {
            throw new SourceFormatException(file.toString(), "not a TagPack: the document is not a YAML mapping");
        }
        if (root.has("actors")) {
            throw new SourceFormatException(file.toString(), "not a TagPack: an ActorPack (actors, not tags)");
        }
        var tagsNode = root.get("tags");
        if (tagsNode == null || !tagsNode.isArray()) {
            throw new SourceFormatException(file.toString(), "not a TagPack: no 'tags' list");
        }
        var header = new LinkedHashMap<String, JsonNode>();
        root.properties().forEach(entry -> {
            if (!PACK_FIELDS.contains(entry.getKey())) {
                header.put(entry.getKey(), entry.getValue());
            }
        });
        var tags = new ArrayList<Map<String, JsonNode>>();
        for (var tag : tagsNode) {
            var merged = new LinkedHashMap<>(header);
            if (tag.isObject()) {
                tag.properties().forEach(entry -> merged.put(entry.getKey(), entry.getValue()));
            }
            tags.add(merged);
        }
        return new TagPackDocument(
                root.path("title").asString(""), root.path("creator").asString(""), tags);
    }
}
