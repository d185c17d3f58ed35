package org.flowtrace.ingest.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Which column of a ledger CSV holds what. A column is named by its header or, for files whose header
 * is missing or ambiguous, by its 0-based position ({@code "#3"}). Documented with an example in
 * {@code ingest-jobs/README.md}.
 *
 * @param header whether the first line is a header
 * @param delimiter the field delimiter
 * @param timeFormat a {@link DateTimeFormatter} pattern for the time column
 * @param timeZone the zone of times written without one
 * @param columns the column of each field (see {@link Field}); unmapped fields are absent
 * @param currencyNames names the file uses for currencies, mapped to ISO 4217 codes ({@code US Dollar: USD})
 */
public record ColumnMapping(
        boolean header,
        char delimiter,
        String timeFormat,
        ZoneId timeZone,
        Map<Field, String> columns,
        Map<String, String> currencyNames) {

    /** The fields a ledger row can map. */
    public enum Field {
        ID,
        TIME,
        FROM_BANK,
        FROM_ACCOUNT,
        TO_BANK,
        TO_ACCOUNT,
        AMOUNT,
        CURRENCY,
        RECEIVED_AMOUNT,
        RECEIVED_CURRENCY,
        PAYMENT_TYPE,
        REFERENCE,
        LABEL
    }

    public ColumnMapping {
        Objects.requireNonNull(timeFormat, "timeFormat");
        Objects.requireNonNull(timeZone, "timeZone");
        columns = Map.copyOf(columns);
        currencyNames = Map.copyOf(currencyNames);
        for (var required :
                new Field[] {Field.TIME, Field.FROM_ACCOUNT, Field.TO_ACCOUNT, Field.AMOUNT, Field.CURRENCY}) {
            if (!columns.containsKey(required)) {
                throw new IllegalArgumentException("column mapping lacks the required field " + name(required));
            }
        }
        DateTimeFormatter.ofPattern(timeFormat, Locale.ROOT);
    }

    /** The ISO code for a currency as the file writes it. */
    public String currencyCode(String written) {
        var trimmed = written.strip();
        return currencyNames.getOrDefault(trimmed, trimmed);
    }

    public @Nullable String column(Field field) {
        return columns.get(field);
    }

    static String name(Field field) {
        var parts = field.name().toLowerCase(Locale.ROOT).split("_");
        var camel = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            camel.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return camel.toString();
    }

    /** Reads a mapping file (YAML); unknown keys are errors, so a typo never maps a field silently. */
    public static ColumnMapping load(Path file) {
        try {
            var yaml = YAMLMapper.builder()
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .build();
            var document = yaml.readValue(Files.readString(file), MappingDocument.class);
            return document.toMapping(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read column mapping " + file, e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("invalid column mapping " + file + ": " + e.getMessage(), e);
        }
    }

    /** The YAML shape of a mapping file. */
    record MappingDocument(
            @Nullable Boolean header,
            @Nullable String delimiter,
            @Nullable String timeFormat,
            @Nullable String timeZone,
            @Nullable Map<String, String> columns,
            @Nullable Map<String, String> currencyNames) {

        ColumnMapping toMapping(Path file) {
            var fields = new java.util.EnumMap<Field, String>(Field.class);
            if (columns != null) {
                columns.forEach((key, column) -> {
                    var field = java.util.Arrays.stream(Field.values())
                            .filter(f -> name(f).equals(key))
                            .findFirst()
                            .orElseThrow(() -> new IllegalArgumentException("unknown field '" + key + "' in " + file));
                    if (column != null && !column.isBlank()) {
                        fields.put(field, column);
                    }
                });
            }
            var delimiterText = delimiter == null ? "," : delimiter;
            if (delimiterText.length() != 1) {
                throw new IllegalArgumentException("delimiter must be one character: '" + delimiterText + "'");
            }
            return new ColumnMapping(
                    header == null || header,
                    delimiterText.charAt(0),
                    timeFormat == null ? "yyyy-MM-dd'T'HH:mm:ss" : timeFormat,
                    ZoneId.of(timeZone == null ? "UTC" : timeZone),
                    fields,
                    currencyNames == null ? Map.of() : currencyNames);
        }
    }
}
