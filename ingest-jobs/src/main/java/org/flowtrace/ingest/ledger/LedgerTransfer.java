package org.flowtrace.ingest.ledger;

import org.flowtrace.graph.model.Transfer;
import org.flowtrace.ingest.support.Locatable;
import org.jspecify.annotations.Nullable;

/** A ledger row as loaded: the transfer, and the row's evaluation label when the file has one. */
public record LedgerTransfer(Transfer transfer, @Nullable Boolean laundering) implements Locatable {

    @Override
    public String locator() {
        return transfer.provenance().locator();
    }
}
