package org.flowtrace.ingest.camt053;

import java.util.List;
import java.util.Map;
import org.flowtrace.graph.model.Transfer;
import org.flowtrace.graph.party.PartyHolding;
import org.flowtrace.ingest.support.Locatable;

/**
 * A camt transaction as loaded: the transfer, the statement's details of it (references, remittance
 * information, status, value date, agents …) and the parties the statement names with the accounts
 * they hold.
 */
record CamtTransaction(Transfer transfer, Map<String, Object> details, List<PartyHolding> holdings)
        implements Locatable {

    CamtTransaction {
        details = Map.copyOf(details);
        holdings = List.copyOf(holdings);
    }

    @Override
    public String locator() {
        return transfer.provenance().locator();
    }
}
