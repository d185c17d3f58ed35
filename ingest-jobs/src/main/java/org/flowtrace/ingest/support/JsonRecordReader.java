package org.flowtrace.ingest.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flowtrace.ingest.MalformedRecordException;
import org.flowtrace.ingest.SourceFormatException;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams the records of a JSON source: the elements of one top-level array ({@code [ {…}, {…} ]}, one
 * element in memory at a time; locator {@code /i}, a JSON pointer) or JSON Lines (one value per line,
 * blank lines ignored; locator {@code line n}). The layout is told from the first character. A line
 * that is not JSON is rejected and the next line read; an array that stops being JSON rejects the
 * element the fault is in and ends there (nothing after it can be read). Restartable: the count of
 * records handed out is saved under the reader's name at every chunk, and a restart skips that many
 * without parsing them.
 */
public final class JsonRecordReader extends AbstractItemCountingItemStreamItemReader<JsonRecord> {

    /** Reads one array element at a time: the rest of the array follows it. */
    private static final JsonMapper ELEMENTS = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** Reads one line: anything after its value is an error. */
    private static final JsonMapper LINES = JsonMapper.builder().build();

    private final MeteredFile file;
    private final String input;
    private @Nullable BufferedReader lines;
    private @Nullable JsonParser array;
    private int lineNumber;
    private int index;
    private boolean ended;

    public JsonRecordReader(String name, MeteredFile file) {
        this.file = file;
        this.input = file.getPath();
        setName(name);
    }

    /** Whether the source is a top-level array ({@code true}) or JSON Lines; fails fast when neither. */
    public static boolean isArray(Path file) {
        return first(file) == '[';
    }

    /**
     * The first record of the source, to check its format; fails fast on an empty file, a file that is
     * not UTF-8 JSON, or an array with no element.
     */
    public static JsonNode firstRecord(Path file) {
        isArray(file);
        var reader = new JsonRecordReader("format-check", new MeteredFile(file));
        try {
            reader.open(new org.springframework.batch.infrastructure.item.ExecutionContext());
            var first = reader.read();
            if (first == null) {
                throw new SourceFormatException(file.toString(), "no record: the JSON array is empty");
            }
            return first.node();
        } catch (MalformedRecordException e) {
            throw new SourceFormatException(file.toString(), "not JSON: " + e.reason(), e);
        } catch (SourceFormatException e) {
            throw e;
        } catch (Exception e) {
            throw new SourceFormatException(file.toString(), "cannot read: " + e.getMessage(), e);
        } finally {
            reader.close();
        }
    }

    private static int first(Path file) {
        try (var reader = utf8(Files.newInputStream(file))) {
            int c;
            do {
                c = reader.read();
            } while (c == '\uFEFF' || (c >= 0 && Character.isWhitespace(c)));
            if (c < 0) {
                throw new SourceFormatException(file.toString(), "empty file: nothing to load");
            }
            if (c != '[' && c != '{') {
                throw new SourceFormatException(
                        file.toString(), "not JSON (an array or JSON Lines): it starts with '" + (char) c + "'");
            }
            return c;
        } catch (CharacterCodingException e) {
            throw new SourceFormatException(file.toString(), "not a UTF-8 text file", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static BufferedReader utf8(java.io.InputStream in) {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new BufferedReader(new InputStreamReader(in, decoder));
    }

    @Override
    protected void doOpen() throws Exception {
        lineNumber = 0;
        index = 0;
        ended = false;
        boolean isArray = isArray(file.getFile().toPath());
        var in = file.getInputStream();
        if (isArray) {
            var parser = ELEMENTS.createParser(in);
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new SourceFormatException(input, "not a JSON array");
            }
            array = parser;
        } else {
            lines = utf8(in);
        }
    }

    @Override
    protected @Nullable JsonRecord doRead() throws Exception {
        return array != null ? readElement(true) : readLine(true);
    }

    @Override
    protected void jumpToItem(int itemIndex) throws Exception {
        for (int i = 0; i < itemIndex && !ended; i++) {
            if (array != null) {
                readElement(false);
            } else {
                readLine(false);
            }
        }
    }

    private @Nullable JsonRecord readElement(boolean parse) {
        var parser = array;
        if (parser == null || ended) {
            return null;
        }
        var locator = "/" + index;
        try {
            var token = parser.nextToken();
            if (token == null || token == JsonToken.END_ARRAY) {
                ended = true;
                return null;
            }
            index++;
            if (!parse) {
                parser.skipChildren();
                return null;
            }
            JsonNode node = ELEMENTS.readTree(parser);
            return new JsonRecord(locator, node);
        } catch (JacksonException e) {
            ended = true;
            var where = e.getLocation() == null
                    ? ""
                    : " (line " + e.getLocation().getLineNr() + " column "
                            + e.getLocation().getColumnNr() + ")";
            throw new MalformedRecordException(
                    input,
                    locator,
                    null,
                    "malformed JSON, nothing after it can be read: " + e.getOriginalMessage() + where,
                    e);
        }
    }

    private @Nullable JsonRecord readLine(boolean parse) throws IOException {
        var reader = lines;
        if (reader == null) {
            return null;
        }
        String line;
        do {
            line = reader.readLine();
            lineNumber++;
            if (line == null) {
                ended = true;
                return null;
            }
            if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
        } while (line.isBlank());
        var locator = "line " + lineNumber;
        if (!parse) {
            return null;
        }
        try {
            return new JsonRecord(locator, LINES.readTree(line));
        } catch (JacksonException e) {
            throw new MalformedRecordException(input, locator, null, "malformed JSON: " + e.getOriginalMessage(), e);
        }
    }

    @Override
    protected void doClose() throws Exception {
        if (array != null) {
            array.close();
            array = null;
        }
        if (lines != null) {
            lines.close();
            lines = null;
        }
    }

    /** Share of the file read so far, for progress. */
    public double fractionRead() {
        return file.fractionRead();
    }
}
