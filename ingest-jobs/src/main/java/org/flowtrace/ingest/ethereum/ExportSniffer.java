package org.flowtrace.ingest.ethereum;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import org.flowtrace.ingest.SourceFormatException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Looks at the start of an export file to tell its format before any job runs: its first line, and
 * the top-level field names of its first JSON object (of the first element when the file is an
 * array). Reads no further than it must, so a multi-gigabyte file is sniffed in an instant.
 */
public final class ExportSniffer {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final char BOM = '\uFEFF';

    private ExportSniffer() {}

    /** The first non-blank line without a byte-order mark; fails fast on empty or non-UTF-8 files. */
    public static String firstLine(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isEmpty() && line.charAt(0) == BOM) {
                    line = line.substring(1);
                }
                if (!line.isBlank()) {
                    return line.strip();
                }
            }
        } catch (MalformedInputException e) {
            throw new SourceFormatException(file.toString(), "not a UTF-8 text file", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        throw new SourceFormatException(file.toString(), "empty file: nothing to load");
    }

    /** The first line parsed as a JSON object, or {@code null} when it is not one on its own. */
    public static @Nullable JsonNode firstLineObject(String firstLine) {
        if (!firstLine.startsWith("{")) {
            return null;
        }
        try {
            var node = JSON.readTree(firstLine);
            return node != null && node.isObject() ? node : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    /**
     * The top-level field names of the file's first JSON object, in order, read until one of
     * {@code enough} is seen or the object ends (or the file breaks off).
     */
    public static Set<String> firstObjectFields(Path file, Set<String> enough) {
        var names = new LinkedHashSet<String>();
        try (var in = Files.newInputStream(file);
                var parser = JSON.createParser(in)) {
            var token = parser.nextToken();
            if (token == JsonToken.START_ARRAY) {
                token = parser.nextToken();
            }
            if (token != JsonToken.START_OBJECT) {
                return names;
            }
            while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
                var name = parser.currentName();
                names.add(name);
                if (enough.contains(name)) {
                    return names;
                }
                parser.nextToken();
                parser.skipChildren();
            }
        } catch (JacksonException e) {
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return names;
    }

    /** Header fields of a comma-separated first line, stripped. */
    public static Set<String> csvHeader(String firstLine) {
        var names = new LinkedHashSet<String>();
        for (var name : firstLine.split(",", -1)) {
            names.add(name.strip().replace("\"", ""));
        }
        return names;
    }
}
