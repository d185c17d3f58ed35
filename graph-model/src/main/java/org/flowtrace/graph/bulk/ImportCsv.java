package org.flowtrace.graph.bulk;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One CSV file of the import: a header naming properties and their types in the import tool's
 * notation, then one quoted line per node or relationship. Remembers whether any value spans lines,
 * so the import is told to expect multi-line fields only when it must.
 */
final class ImportCsv implements AutoCloseable {

    /** Separates the elements of an array property (the unit separator, which no evidence text uses). */
    static final char ARRAY_DELIMITER = '\u001f';

    private final Path file;
    private final BufferedWriter writer;
    private boolean multiline;
    private long rows;

    ImportCsv(Path file, List<String> header) {
        this.file = file;
        try {
            this.writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            writer.write(String.join(",", header));
            writer.newLine();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Writes one line; {@code null} values become empty fields (no property). */
    void row(@Nullable Object... values) {
        try {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    writer.write(',');
                }
                var value = values[i];
                if (value != null) {
                    writer.write(quoted(value instanceof List<?> list ? join(list) : value.toString()));
                }
            }
            writer.newLine();
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private String quoted(String text) {
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            multiline = true;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    private static String join(List<?> values) {
        var joined = new StringBuilder();
        for (var value : values) {
            if (!joined.isEmpty()) {
                joined.append(ARRAY_DELIMITER);
            }
            joined.append(value);
        }
        return joined.toString();
    }

    Path file() {
        return file;
    }

    boolean multiline() {
        return multiline;
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() {
        try {
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + file, e);
        }
    }
}
