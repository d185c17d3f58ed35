package org.flowtrace.analytics.tracing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Where traced value rests (forward) or came from (backward), and how much of it per source.
 *
 * @param pool the endpoint, or the first of several joined by explicit links
 * @param members every account and wallet of the pool
 * @param why why the trace ends here: the balance at the end, an exchange, the hop limit, an origin
 * @param replayed whether the trace replayed this pool's own history ({@code value} is then its balance)
 * @param value the pool's balance when replayed, else the value that reached it by traced transfers
 * @param traced the traced part of {@code value}, per source
 * @param freezable where a freeze request can go (empty: nowhere obvious)
 */
public record TracedEndpoint(
        String pool,
        List<String> members,
        String why,
        boolean replayed,
        BigDecimal value,
        Map<Source, BigDecimal> traced,
        List<String> freezable) {

    public TracedEndpoint {
        members = List.copyOf(members);
        traced = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(traced));
        freezable = List.copyOf(freezable);
    }

    /** The traced value of all sources together (poison: the largest, since its sources overlap). */
    public BigDecimal tracedTotal(boolean additive) {
        return additive
                ? traced.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                : traced.values().stream().reduce(BigDecimal.ZERO, BigDecimal::max);
    }
}
