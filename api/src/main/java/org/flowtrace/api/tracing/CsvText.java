package org.flowtrace.api.tracing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** RFC 4180 CSV in and out: small files (victims, recovered assets, schedules), UTF-8, header row first. */
final class CsvText {

    private CsvText() {}

    /** The rows of a file with a header, each as column (lower case) to value; blank lines skipped. */
    static List<Map<String, String>> read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        var records = parse(text);
        if (records.isEmpty()) {
            throw new IllegalArgumentException(file + " is empty: a header row is needed");
        }
        var header = records.get(0).stream()
                .map(h -> h.strip().toLowerCase(Locale.ROOT))
                .toList();
        var rows = new ArrayList<Map<String, String>>();
        for (int i = 1; i < records.size(); i++) {
            var record = records.get(i);
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue;
            }
            var row = new HashMap<String, String>();
            for (int c = 0; c < header.size() && c < record.size(); c++) {
                row.put(header.get(c), record.get(c).strip());
            }
            row.put("#line", String.valueOf(i + 1));
            rows.add(row);
        }
        return rows;
    }

    /** A required column's value, or a message naming the file's line. */
    static String required(Map<String, String> row, String column, Path file) {
        var value = row.get(column);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(
                    file.getFileName() + " line " + row.get("#line") + ": column '" + column + "' is missing or empty");
        }
        return value;
    }

    private static List<List<String>> parse(String text) {
        var records = new ArrayList<List<String>>();
        var record = new ArrayList<String>();
        var field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }

    /** One CSV line: fields quoted where they hold a comma, quote or line break. */
    static String line(Object... fields) {
        var out = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            var text = String.valueOf(fields[i]);
            if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
                out.append('"').append(text.replace("\"", "\"\"")).append('"');
            } else {
                out.append(text);
            }
        }
        return out.append("\r\n").toString();
    }
}
