package org.flowtrace.ingest.fxrates;

import java.util.List;
import org.flowtrace.ingest.support.Locatable;

/** One data line of an fx-rates CSV, split into fields, with its line number. */
record FxRateRow(long line, List<String> fields) implements Locatable {

    FxRateRow {
        fields = List.copyOf(fields);
    }

    @Override
    public String locator() {
        return "line " + line;
    }
}
