package org.flowtrace.analytics.tracing;

import java.util.List;

/**
 * A trace: every hop of traced value with its rule step, the endpoints, the explicit links it crossed
 * and the assumptions it made. Amounts are USD (see {@link #unit()}), to the cent.
 *
 * @param start the transfer, account or wallet traced from
 * @param links pools of endpoints joined by explicit links, and what joins them
 * @param assumptions everything the result rests on that is not in evidence
 */
public record TraceResult(
        String start,
        TraceRequest.Direction direction,
        TaintAllocator method,
        int maxHops,
        String until,
        String unit,
        List<Hop> hops,
        List<TracedEndpoint> endpoints,
        List<String> links,
        List<String> assumptions) {

    public TraceResult {
        hops = List.copyOf(hops);
        endpoints = List.copyOf(endpoints);
        links = List.copyOf(links);
        assumptions = List.copyOf(assumptions);
    }
}
