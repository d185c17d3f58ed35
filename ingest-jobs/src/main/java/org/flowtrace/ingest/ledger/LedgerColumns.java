package org.flowtrace.ingest.ledger;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.flowtrace.ingest.SourceFormatException;
import org.flowtrace.ingest.ledger.ColumnMapping.Field;

/**
 * A {@link ColumnMapping} resolved against one file's header: the position of each mapped field.
 * Resolving fails fast, before any row is read, when the file lacks a mapped column.
 */
public record LedgerColumns(Map<Field, Integer> positions, int width) {

    public LedgerColumns {
        positions = Map.copyOf(positions);
    }

    /** Resolves the mapping against the header (null when the file has none). */
    public static LedgerColumns resolve(ColumnMapping mapping, List<String> header, String source) {
        var positions = new EnumMap<Field, Integer>(Field.class);
        new EnumMap<>(mapping.columns()).forEach((field, column) -> {
            int position;
            if (column.startsWith("#")) {
                position = Integer.parseInt(column.substring(1));
            } else {
                position = header.indexOf(column);
                if (position < 0) {
                    throw new SourceFormatException(
                            source,
                            "not a ledger of this mapping: the header has no column '" + column + "' for "
                                    + ColumnMapping.name(field) + " (header: " + String.join(",", header) + ")");
                }
            }
            if (!header.isEmpty() && position >= header.size()) {
                throw new SourceFormatException(
                        source,
                        "not a ledger of this mapping: column #" + position + " for " + ColumnMapping.name(field)
                                + " is beyond the " + header.size() + " header columns");
            }
            positions.put(field, position);
        });
        int width =
                positions.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        return new LedgerColumns(positions, width);
    }

    /** The field's value in a row, or null when it is not mapped or the row is short. */
    public @org.jspecify.annotations.Nullable String value(LedgerRow row, Field field) {
        var position = positions.get(field);
        if (position == null || position >= row.fields().size()) {
            return null;
        }
        return row.fields().get(position);
    }

    public boolean maps(Field field) {
        return positions.containsKey(field);
    }
}
