package org.flowtrace.analytics.tracing;

import java.math.BigDecimal;
import java.time.Instant;
import org.flowtrace.graph.model.Money;

/**
 * One transfer carrying traced value, for one source: which transfer, when, how much of it the rule
 * allocated to the source, and the rule step that did.
 *
 * @param depth the hop's number counted from the start (the start transfer is hop 1)
 * @param value the transfer's whole value in the trace's unit
 * @param allocated the part of {@code value} attributed to {@code source} (before the fee)
 * @param fee the part of {@code allocated} the transfer's fee consumed
 */
public record Hop(
        int depth,
        String transferId,
        String from,
        String to,
        Instant at,
        Money amount,
        BigDecimal value,
        String valuation,
        Source source,
        BigDecimal allocated,
        BigDecimal fee,
        String step) {}
