package org.flowtrace.ingest.fxrates;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.flowtrace.ingest.SourceFormatException;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.file.transform.DelimitedLineTokenizer;

/**
 * The columns of an fx-rates file, found by header name (any order, case-insensitive; other columns
 * are ignored): {@code date}, {@code currency}, {@code usd_per_unit} required, {@code source}
 * optional. A price file names the same columns {@code asset} and {@code usd} ({@code date,asset,usd}
 * for {@code ingest prices}). Resolving the header fails fast, before any row is read.
 */
record FxRateColumns(int date, int currency, int usdPerUnit, int source, int width) {

    static final String DATE = "date";
    static final String CURRENCY = "currency";
    static final String USD_PER_UNIT = "usd_per_unit";
    static final String SOURCE = "source";
    static final String ASSET = "asset";
    static final String USD = "usd";

    private static final char BOM = '\uFEFF';

    /** Reads and resolves the header of {@code file}. */
    static FxRateColumns of(Path file) {
        var header = header(file);
        int date = required(header, DATE, file);
        int currency = required(header, header.contains(CURRENCY) ? CURRENCY : ASSET, file);
        int rate = required(header, header.contains(USD_PER_UNIT) ? USD_PER_UNIT : USD, file);
        int source = header.indexOf(SOURCE);
        int width = Math.max(Math.max(date, currency), rate) + 1;
        return new FxRateColumns(date, currency, rate, source, width);
    }

    @Nullable
    String source(List<String> fields) {
        return source >= 0 && source < fields.size() ? fields.get(source) : null;
    }

    private static int required(List<String> header, String name, Path file) {
        int position = header.indexOf(name);
        if (position < 0) {
            throw new SourceFormatException(
                    file.toString(),
                    "not an fx-rates file: the header has no column '" + name + "' (header: " + String.join(",", header)
                            + "; expected date,currency,usd_per_unit[,source] or date,asset,usd[,source])");
        }
        return position;
    }

    private static List<String> header(Path file) {
        String first;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            first = reader.readLine();
        } catch (MalformedInputException e) {
            throw new SourceFormatException(file.toString(), "not a UTF-8 text file", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (first != null && !first.isEmpty() && first.charAt(0) == BOM) {
            first = first.substring(1);
        }
        if (first == null || first.isBlank()) {
            throw new SourceFormatException(file.toString(), "empty file: no header and no rates");
        }
        var trimmed = first.stripLeading();
        if (trimmed.startsWith("<") || trimmed.startsWith("{") || trimmed.startsWith("[")) {
            throw new SourceFormatException(file.toString(), "not an fx-rates CSV file (it looks like XML or JSON)");
        }
        var tokenizer = new DelimitedLineTokenizer(",");
        tokenizer.setStrict(false);
        return Arrays.stream(tokenizer.tokenize(first).getValues())
                .map(name -> name.strip().toLowerCase(Locale.ROOT))
                .toList();
    }
}
