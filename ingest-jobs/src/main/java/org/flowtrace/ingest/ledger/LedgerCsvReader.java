package org.flowtrace.ingest.ledger;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.flowtrace.ingest.SourceFormatException;
import org.flowtrace.ingest.support.MeteredFile;
import org.springframework.batch.infrastructure.item.file.FlatFileItemReader;
import org.springframework.batch.infrastructure.item.file.LineMapper;
import org.springframework.batch.infrastructure.item.file.builder.FlatFileItemReaderBuilder;
import org.springframework.batch.infrastructure.item.file.separator.DefaultRecordSeparatorPolicy;
import org.springframework.batch.infrastructure.item.file.transform.DelimitedLineTokenizer;

/**
 * Reads a ledger CSV as {@link LedgerRow}s: UTF-8 with or without a byte-order mark, LF or CRLF line
 * ends, RFC 4180 quoting (delimiters, quotes and line breaks inside quoted fields; a record's locator
 * is the line it ends on). Restartable: its position is
 * saved under the stable name {@code ledger-csv} at every chunk.
 */
public final class LedgerCsvReader {

    private static final char BOM = '\uFEFF';

    private LedgerCsvReader() {}

    public static FlatFileItemReader<LedgerRow> create(MeteredFile file, ColumnMapping mapping) {
        return new FlatFileItemReaderBuilder<LedgerRow>()
                .name("ledger-csv")
                .resource(file)
                .encoding(StandardCharsets.UTF_8.name())
                .linesToSkip(mapping.header() ? 1 : 0)
                .lineMapper(lineMapper(mapping.delimiter()))
                .recordSeparatorPolicy(new DefaultRecordSeparatorPolicy())
                .strict(true)
                .saveState(true)
                .build();
    }

    private static LineMapper<LedgerRow> lineMapper(char delimiter) {
        var tokenizer = new DelimitedLineTokenizer(String.valueOf(delimiter));
        tokenizer.setStrict(false);
        return (line, lineNumber) -> {
            var text = lineNumber == 1 && !line.isEmpty() && line.charAt(0) == BOM ? line.substring(1) : line;
            return new LedgerRow(
                    lineNumber, Arrays.asList(tokenizer.tokenize(text).getValues()));
        };
    }

    /**
     * The header fields (empty when the mapping says there is none), after checking that the file
     * looks like a delimited text file at all.
     */
    public static List<String> header(Path file, ColumnMapping mapping) {
        String first;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            first = reader.readLine();
        } catch (IOException e) {
            if (e instanceof java.nio.charset.MalformedInputException) {
                throw new SourceFormatException(file.toString(), "not a UTF-8 text file", e);
            }
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (first == null || first.isBlank()) {
            throw new SourceFormatException(file.toString(), "empty file: no header and no rows");
        }
        if (!first.isEmpty() && first.charAt(0) == BOM) {
            first = first.substring(1);
        }
        var trimmed = first.stripLeading();
        if (trimmed.startsWith("<") || trimmed.startsWith("{") || trimmed.startsWith("[")) {
            throw new SourceFormatException(file.toString(), "not a CSV ledger (it looks like XML or JSON)");
        }
        if (!mapping.header()) {
            return List.of();
        }
        var tokenizer = new DelimitedLineTokenizer(String.valueOf(mapping.delimiter()));
        tokenizer.setStrict(false);
        return Arrays.stream(tokenizer.tokenize(first).getValues())
                .map(String::strip)
                .toList();
    }
}
