package org.flowtrace.ingest.ledger;

import java.util.List;
import org.flowtrace.ingest.support.Locatable;

/** One data line of a ledger CSV, split into fields, with its line number. */
public record LedgerRow(long line, List<String> fields) implements Locatable {

    public LedgerRow {
        fields = List.copyOf(fields);
    }

    @Override
    public String locator() {
        return "line " + line;
    }
}
