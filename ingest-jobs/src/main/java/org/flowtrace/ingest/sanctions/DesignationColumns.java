package org.flowtrace.ingest.sanctions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.flowtrace.ingest.SourceFormatException;
import org.flowtrace.ingest.support.CsvRow;
import org.springframework.batch.infrastructure.item.file.transform.DelimitedLineTokenizer;

/**
 * The columns of a designations CSV, found by their header names (any order, any case; other columns
 * ignored). Required: {@code list}, {@code id}, {@code type}, {@code name}; optional: {@code aliases},
 * {@code country}, {@code location}, {@code linked_companies}, {@code wallets}, {@code source_url},
 * {@code program}, {@code listed_on}, {@code remarks}.
 */
record DesignationColumns(Map<String, Integer> index) {

    static final List<String> REQUIRED = List.of("list", "id", "type", "name");
    static final List<String> OPTIONAL = List.of(
            "aliases",
            "country",
            "location",
            "linked_companies",
            "wallets",
            "source_url",
            "program",
            "listed_on",
            "remarks");

    DesignationColumns {
        index = Map.copyOf(index);
    }

    /** Reads the header; fails fast when the file is not a designations CSV. */
    static DesignationColumns read(Path file) {
        String header;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            header = reader.readLine();
        } catch (MalformedInputException e) {
            throw new SourceFormatException(file.toString(), "not a UTF-8 text file", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (header == null || header.isBlank()) {
            throw new SourceFormatException(file.toString(), "empty file: no header and no rows");
        }
        header = header.replace("\uFEFF", "");
        if (header.stripLeading().startsWith("<") || header.stripLeading().startsWith("{")) {
            throw new SourceFormatException(file.toString(), "not a designations CSV (it looks like XML or JSON)");
        }
        var tokenizer = new DelimitedLineTokenizer(",");
        tokenizer.setStrict(false);
        var names = tokenizer.tokenize(header).getValues();
        var index = new HashMap<String, Integer>();
        for (int i = 0; i < names.length; i++) {
            index.putIfAbsent(names[i].strip().toLowerCase(Locale.ROOT), i);
        }
        var missing = REQUIRED.stream().filter(name -> !index.containsKey(name)).toList();
        if (!missing.isEmpty()) {
            throw new SourceFormatException(
                    file.toString(), "not a designations CSV: the header has no column " + String.join(", ", missing));
        }
        return new DesignationColumns(index);
    }

    /** The stripped, non-empty value of {@code column} in {@code row}. */
    Optional<String> value(CsvRow row, String column) {
        var i = index.get(column);
        if (i == null) {
            return Optional.empty();
        }
        var text = row.field(i);
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
}
