package org.flowtrace.ingest.support;

import java.util.List;

/** One record of a CSV file: its fields as written and the line it is on. */
public record CsvRow(int line, List<String> fields) implements Locatable {

    public CsvRow {
        fields = List.copyOf(fields);
    }

    /** The field at {@code index}, stripped, or empty when the row is shorter. */
    public String field(int index) {
        return index < fields.size() ? fields.get(index).strip() : "";
    }

    @Override
    public String locator() {
        return "line " + line;
    }
}
