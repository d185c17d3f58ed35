package org.flowtrace.analytics.tracing;

import java.math.BigDecimal;
import java.util.List;

/**
 * A restitution schedule: for every victim and endpoint, the value traced there, the claim on it and
 * what is awarded, with the arithmetic; totals per endpoint and per victim; the trace it rests on.
 *
 * @param endpoints one allocation per endpoint distributed, in the order distributed
 * @param lines one line per victim and endpoint where the victim has traced value
 * @param victims one total per victim, in the order of the victims file
 */
public record RestitutionSchedule(
        TaintAllocator method,
        String unit,
        boolean recoveredGiven,
        List<EndpointAllocation> endpoints,
        List<Line> lines,
        List<VictimTotal> victims,
        TraceResult trace,
        List<String> assumptions) {

    /**
     * What one endpoint holds for the victims.
     *
     * @param available the recovered value, or without a recovered-assets file the value resting there
     * @param basis where {@code available} comes from
     * @param claims the victims' claims on it together
     * @param awarded what is distributed to them
     * @param remainder what is left: not traced to any victim (the holder's or third parties' money)
     * @param arithmetic how {@code awarded} follows from {@code available} and {@code claims}
     */
    public record EndpointAllocation(
            String endpoint,
            BigDecimal available,
            String basis,
            BigDecimal claims,
            BigDecimal awarded,
            BigDecimal remainder,
            String arithmetic,
            List<String> freezable) {}

    /**
     * One victim at one endpoint.
     *
     * @param traced the value traced there to the victim's payments by the rule
     * @param claim {@code traced}, capped at what the victim paid less what earlier endpoints awarded
     * @param awarded the victim's share of the endpoint
     */
    public record Line(
            String victim,
            String name,
            String endpoint,
            BigDecimal paidIn,
            BigDecimal traced,
            BigDecimal claim,
            BigDecimal awarded,
            String arithmetic) {}

    /** One victim: paid in, traced to recovered endpoints (claims), awarded. */
    public record VictimTotal(
            String victim,
            String name,
            List<String> transfers,
            BigDecimal paidIn,
            BigDecimal claims,
            BigDecimal awarded) {}

    public RestitutionSchedule {
        endpoints = List.copyOf(endpoints);
        lines = List.copyOf(lines);
        victims = List.copyOf(victims);
        assumptions = List.copyOf(assumptions);
    }

    /** What every endpoint awards together. */
    public BigDecimal awarded() {
        return endpoints.stream().map(EndpointAllocation::awarded).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
