package org.flowtrace.analytics.tracing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The state one allocation rule keeps for one account or wallet while its transfers are replayed in
 * time order. Amounts have the scale the ledger was opened with; a debit never exceeds the balance
 * (the tracer credits an assumed opening balance first where the recorded history needs one).
 */
public interface AccountLedger {

    /**
     * Adds a credit of {@code amount} arriving by {@code transferId}, made of these portions. For every
     * rule but poison the portions add up to the amount; poison's portions each cover the whole of it.
     */
    void credit(String transferId, Instant at, BigDecimal amount, List<Portion> portions);

    /** Takes {@code amount} out and says which sources it is made of, with the rule step for each. */
    List<Portion> debit(String transferId, Instant at, BigDecimal amount);

    /** The balance now, whatever its sources. */
    BigDecimal balance();

    /** What each source holds now (poison: every traced source present holds the whole balance). */
    Map<Source, BigDecimal> holdings();
}
