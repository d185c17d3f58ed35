package org.flowtrace.analytics.screening;

import java.util.List;
import org.flowtrace.analytics.resolution.PartyProfile;

/**
 * One public party as the screening index holds it.
 *
 * @param profile its names, dates of birth, countries and identifiers, normalised as resolution does
 * @param designations the lists that designate it; empty for a party that is only in a register
 */
record ScreeningEntry(PartyProfile profile, List<Designation> designations) {

    ScreeningEntry {
        designations = List.copyOf(designations);
    }

    boolean designated() {
        return !designations.isEmpty();
    }

    String name() {
        return profile.names().isEmpty()
                ? profile.key()
                : profile.names().getFirst().written();
    }
}
