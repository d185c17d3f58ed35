package org.flowtrace.analytics.ownership;

import java.util.List;
import java.util.Map;
import org.apache.commons.math3.fraction.BigFraction;
import org.flowtrace.graph.party.PartySummary;

/**
 * The beneficial owners of one company, strongest first.
 *
 * @param threshold an owner holds more than this share
 * @param owners those above (or possibly above) the threshold, and those who control
 * @param unattributed the share no stated owner holds (undeclared holders, registers not loaded)
 * @param notes cycles solved, limits reached, inconsistent shares
 * @param parties every party upstream of the company, by key, for naming the hops
 */
public record OwnershipReport(
        PartySummary company,
        BigFraction threshold,
        List<BeneficialOwner> owners,
        Share unattributed,
        List<String> notes,
        Map<String, PartySummary> parties) {

    public OwnershipReport {
        owners = List.copyOf(owners);
        notes = List.copyOf(notes);
        parties = Map.copyOf(parties);
    }

    /** The party with this key, named by its key if unknown. */
    public PartySummary party(String key) {
        return parties.getOrDefault(key, new PartySummary(key, key, false));
    }
}
