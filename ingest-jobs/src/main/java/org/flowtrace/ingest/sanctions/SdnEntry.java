package org.flowtrace.ingest.sanctions;

import java.util.List;
import java.util.Objects;
import org.flowtrace.ingest.support.Locatable;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the OFAC SDN list as read from any of its layouts: the XML {@code sdnEntry}, a row of
 * {@code sdn.csv} (with its remarks decoded), or the rows of {@code alt.csv}, {@code add.csv} and
 * {@code sdn_comments.csv} that add to an entry read elsewhere ({@code partial}).
 *
 * @param uid OFAC's entry number ({@code uid} in XML, {@code ent_num} in CSV)
 * @param name the name as OFAC writes it ({@code LAST, First} for individuals), or {@code null} in a
 *     partial entry
 * @param sdnType {@code Individual}, {@code Entity}, {@code Vessel}, {@code Aircraft}, or {@code null}
 *     when unknown (partial entries)
 * @param ids identity documents, registration numbers and features such as {@code Digital Currency
 *     Address - XBT}
 * @param linkedTo names of entries this one is linked to, as the legacy CSV remarks write them
 * @param relations links to other entries by their uid ({@code sdn_advanced.xml}'s profile relationships)
 * @param partial whether this adds to an entry whose name and type come from another file
 */
public record SdnEntry(
        String uid,
        String locator,
        @Nullable String name,
        @Nullable String firstName,
        @Nullable String lastName,
        @Nullable String sdnType,
        @Nullable String title,
        List<String> programs,
        List<String> aliases,
        List<SdnId> ids,
        List<SdnAddress> addresses,
        List<String> datesOfBirth,
        List<String> placesOfBirth,
        List<String> nationalities,
        List<String> citizenships,
        List<String> linkedTo,
        List<SdnRelation> relations,
        @Nullable String remarks,
        boolean partial)
        implements Locatable {

    public SdnEntry {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(locator, "locator");
        programs = List.copyOf(programs);
        aliases = List.copyOf(aliases);
        ids = List.copyOf(ids);
        addresses = List.copyOf(addresses);
        datesOfBirth = List.copyOf(datesOfBirth);
        placesOfBirth = List.copyOf(placesOfBirth);
        nationalities = List.copyOf(nationalities);
        citizenships = List.copyOf(citizenships);
        linkedTo = List.copyOf(linkedTo);
        relations = List.copyOf(relations);
    }

    /**
     * An identity document or feature: {@code Passport}, {@code Registration Number}, {@code Digital
     * Currency Address - ETH} …, with the country that issued it when stated.
     */
    public record SdnId(
            String type, String number, @Nullable String country) {
        public SdnId {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(number, "number");
        }
    }

    /**
     * A relationship {@code sdn_advanced.xml} states from this entry to another: {@code Owned or
     * Controlled By}, {@code Associate Of}, {@code Family member of} …
     *
     * @param uid the other entry's uid (its profile id)
     * @param type the relation type as OFAC writes it
     * @param former whether the relationship has ended
     */
    public record SdnRelation(String uid, String type, boolean former) {
        public SdnRelation {
            Objects.requireNonNull(uid, "uid");
            Objects.requireNonNull(type, "type");
        }
    }

    /** An address as OFAC lists it; any part may be missing. */
    public record SdnAddress(
            @Nullable String street,
            @Nullable String city,
            @Nullable String state,
            @Nullable String postalCode,
            @Nullable String country) {}
}
