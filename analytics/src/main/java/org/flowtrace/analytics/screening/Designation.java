package org.flowtrace.analytics.screening;

import org.jspecify.annotations.Nullable;

/**
 * One listing of a party or wallet on a sanctions or designations list, as the list states it.
 *
 * @param list the list ({@code OFAC SDN}, an OpenSanctions dataset, an FIU's list)
 * @param entryId the list's own id of the entry
 * @param program the programme or reason ({@code compound operator}, {@code CYBER2} …), when given
 * @param sourceUrl where the listing is published, when given
 */
public record Designation(
        String list,
        String entryId,
        @Nullable String program,
        @Nullable String sourceUrl) {

    @Override
    public String toString() {
        return list + " " + entryId + (program == null ? "" : " (" + program + ")");
    }
}
