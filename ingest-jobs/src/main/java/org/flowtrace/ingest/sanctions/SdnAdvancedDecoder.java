package org.flowtrace.ingest.sanctions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flowtrace.ingest.MalformedRecordException;
import org.flowtrace.ingest.sanctions.SdnAdvancedIndex.ReferenceValue;
import org.flowtrace.ingest.sanctions.SdnEntry.SdnAddress;
import org.flowtrace.ingest.sanctions.SdnEntry.SdnId;
import org.flowtrace.ingest.sanctions.SdnEntry.SdnRelation;
import org.flowtrace.ingest.support.XmlElement;
import org.jspecify.annotations.Nullable;

/**
 * Decodes one {@code DistinctParty} of an {@code sdn_advanced.xml} into the {@link SdnEntry} that
 * {@code sdn.xml} states for the same party, resolving its ids through the {@link SdnAdvancedIndex}:
 *
 * <ul>
 *   <li>uid: the party's {@code FixedRef} (OFAC's entry number, {@code uid} in sdn.xml); programs: the
 *       comments of the {@code SanctionsMeasure}s of type {@code Program} of every
 *       {@code SanctionsEntry} of its profile; remarks: the party's {@code Comment}.
 *   <li>type: the {@code PartySubType} ({@code Vessel}, {@code Aircraft}), or its {@code PartyType}
 *       ({@code Individual}, {@code Entity}) when the subtype is {@code Unknown}.
 *   <li>name: the primary alias's {@code Primary Latin} documented name; its {@code Last Name} parts
 *       (or {@code Entity}/{@code Vessel}/{@code Aircraft Name}) are the last name, the other parts in
 *       order the first name, written {@code LAST, First} as sdn.xml writes it. Every other documented
 *       name (other aliases, other scripts) is an alias, written the same way.
 *   <li>features by their {@code FeatureType}: {@code Birthdate} (its date period written as sdn.xml
 *       does: {@code 05 Jan 1970}, {@code 1970}, {@code Jan 1970}, {@code 1968 to 1970}, {@code circa
 *       1970}), {@code Place of Birth}, {@code Nationality Country}, {@code Citizenship Country} (the
 *       country of their location), {@code Location} (an address), {@code Title}; the vessel details
 *       sdn.xml keeps in {@code vesselInfo} are not read (as for sdn.xml); every other feature
 *       ({@code Digital Currency Address - XBT}, {@code Gender}, {@code Website} …) is an id of that
 *       type, as in sdn.xml's {@code idList}.
 *   <li>documents: the {@code IDRegDocument}s of the party's identity, typed by
 *       {@code IDRegDocType} with the issuing country's name.
 *   <li>relations: the profile relationships from the party, by the other profile's id.
 * </ul>
 *
 * A party without {@code FixedRef} or without a primary name, or referring to an id that no reference
 * value set, location or list holds, is rejected with the element and attribute named.
 */
final class SdnAdvancedDecoder {

    private static final Set<String> LAST_NAME_PARTS =
            Set.of("Last Name", "Maiden Name", "Entity Name", "Vessel Name", "Aircraft Name");

    /** The vessel details sdn.xml keeps in {@code vesselInfo}, which neither layout loads. */
    private static final Set<String> VESSEL_INFO = Set.of(
            "Vessel Call Sign",
            "VESSEL TYPE",
            "Vessel Flag",
            "Vessel Owner",
            "Vessel Tonnage",
            "Vessel Gross Registered Tonnage");

    private final String input;
    private final SdnAdvancedIndex index;

    SdnAdvancedDecoder(String input, SdnAdvancedIndex index) {
        this.input = input;
        this.index = index;
    }

    SdnEntry decode(XmlElement party, String locator) {
        var uid = party.attribute("FixedRef");
        if (uid == null || uid.isBlank()) {
            throw malformed(locator, "@FixedRef", "missing value");
        }
        var profile = party.child("Profile");
        if (profile == null) {
            throw malformed(locator, "Profile", "missing element");
        }
        var profileId = profile.attribute("ID") == null ? uid : profile.attribute("ID");
        var sdnType = sdnType(profile, locator);
        var identity = primaryIdentity(profile, locator);
        var names = names(identity, locator);
        var primary = names.primary();
        var ids = new ArrayList<SdnId>();
        var addresses = new ArrayList<SdnAddress>();
        var births = new ArrayList<String>();
        var places = new ArrayList<String>();
        var nationalities = new ArrayList<String>();
        var citizenships = new ArrayList<String>();
        String title = null;
        for (var feature : profile.children("Feature")) {
            var at = "Profile/Feature[@ID=" + feature.attribute("ID") + "]";
            var type =
                    text(reference("FeatureType", feature.attribute("FeatureTypeID"), locator, at + "/@FeatureTypeID"));
            if (VESSEL_INFO.contains(type)) {
                continue;
            }
            for (var version : feature.children("FeatureVersion")) {
                var value = value(version, locator, at);
                if (value == null) {
                    continue;
                }
                switch (type) {
                    case "Birthdate" -> addOnce(births, value.text());
                    case "Place of Birth" -> addOnce(places, value.text());
                    case "Nationality Country" -> addOnce(nationalities, value.text());
                    case "Citizenship Country" -> addOnce(citizenships, value.text());
                    case "Location" -> {
                        if (value.address() != null) {
                            addresses.add(value.address());
                        }
                    }
                    case "Title" -> title = title == null ? value.text() : title;
                    default -> ids.add(new SdnId(type, value.text(), null));
                }
            }
        }
        ids.addAll(documents(identity, locator));
        return new SdnEntry(
                uid,
                locator,
                primary.full(),
                primary.first(),
                primary.last(),
                sdnType,
                title,
                programs(profileId, locator),
                names.aliases(),
                ids,
                addresses,
                births,
                places,
                nationalities,
                citizenships,
                List.of(),
                relations(profileId, locator),
                party.text("Comment"),
                false);
    }

    private @Nullable String sdnType(XmlElement profile, String locator) {
        var subType =
                reference("PartySubType", profile.attribute("PartySubTypeID"), locator, "Profile/@PartySubTypeID");
        if (!"Unknown".equalsIgnoreCase(subType.text())) {
            return subType.text();
        }
        var typeId = subType.attributes().get("PartyTypeID");
        return typeId == null ? null : text(reference("PartyType", typeId, locator, "PartySubType/@PartyTypeID"));
    }

    private XmlElement primaryIdentity(XmlElement profile, String locator) {
        var identities = profile.children("Identity");
        for (var identity : identities) {
            if ("true".equals(identity.attribute("Primary"))) {
                return identity;
            }
        }
        if (identities.isEmpty()) {
            throw malformed(locator, "Profile/Identity", "missing element");
        }
        return identities.getFirst();
    }

    private record Name(@Nullable String last, @Nullable String first) {
        @Nullable
        String full() {
            if (last == null) {
                return first;
            }
            return first == null ? last : last + ", " + first;
        }
    }

    private record Names(Name primary, List<String> aliases) {}

    private Names names(XmlElement identity, String locator) {
        var partTypes = new HashMap<String, String>();
        var groups = identity.child("NamePartGroups");
        if (groups != null) {
            for (var master : groups.children("MasterNamePartGroup")) {
                for (var group : master.children("NamePartGroup")) {
                    var type = reference(
                            "NamePartType",
                            group.attribute("NamePartTypeID"),
                            locator,
                            "NamePartGroup[@ID=" + group.attribute("ID") + "]/@NamePartTypeID");
                    partTypes.put(group.attribute("ID"), text(type));
                }
            }
        }
        Name primary = null;
        XmlElement primaryName = null;
        for (var alias : identity.children("Alias")) {
            if (!"true".equals(alias.attribute("Primary"))) {
                continue;
            }
            var documented = alias.children("DocumentedName");
            for (var name : documented) {
                var status = index.reference("DocNameStatus", name.attribute("DocNameStatusID"));
                if (status != null && "Primary Latin".equals(status.text())) {
                    primaryName = name;
                }
            }
            if (primaryName == null && !documented.isEmpty()) {
                primaryName = documented.getFirst();
            }
        }
        if (primaryName != null) {
            primary = name(primaryName, partTypes, locator);
        }
        if (primary == null || primary.full() == null) {
            throw malformed(
                    locator,
                    "Profile/Identity/Alias[@Primary='true']/DocumentedName",
                    "missing value: a party has a primary name");
        }
        var aliases = new ArrayList<String>();
        for (var alias : identity.children("Alias")) {
            for (var name : alias.children("DocumentedName")) {
                if (name == primaryName) {
                    continue;
                }
                var written = name(name, partTypes, locator).full();
                if (written != null && !written.equals(primary.full())) {
                    addOnce(aliases, written);
                }
            }
        }
        return new Names(primary, aliases);
    }

    private Name name(XmlElement documentedName, Map<String, String> partTypes, String locator) {
        var last = new ArrayList<String>();
        var first = new ArrayList<String>();
        for (var part : documentedName.children("DocumentedNamePart")) {
            var value = part.child("NamePartValue");
            if (value == null || value.text().isEmpty()) {
                continue;
            }
            var group = value.attribute("NamePartGroupID");
            var type = partTypes.get(group);
            if (type == null) {
                throw malformed(
                        locator,
                        "DocumentedName[@ID=" + documentedName.attribute("ID") + "]/NamePartValue/@NamePartGroupID",
                        "unknown NamePartGroupID " + group + ": not in the identity's NamePartGroups");
            }
            (LAST_NAME_PARTS.contains(type) ? last : first).add(value.text());
        }
        return new Name(
                last.isEmpty() ? null : String.join(" ", last), first.isEmpty() ? null : String.join(" ", first));
    }

    /** A feature version's value: a date period, a location (address or country) or a detail. */
    private record Value(String text, @Nullable SdnAddress address) {}

    private @Nullable Value value(XmlElement version, String locator, String at) {
        var period = version.child("DatePeriod");
        if (period != null) {
            var date = SdnDatePeriods.written(period);
            return date == null ? null : new Value(date, null);
        }
        var location = version.child("VersionLocation");
        if (location != null) {
            var address = address(location.attribute("LocationID"), locator, at + "/FeatureVersion/VersionLocation");
            var text = address.country() != null && address.street() == null && address.city() == null
                    ? address.country()
                    : join(
                            ", ",
                            address.street(),
                            address.city(),
                            address.state(),
                            address.postalCode(),
                            address.country());
            return text == null ? null : new Value(text, address);
        }
        var detail = version.child("VersionDetail");
        if (detail == null) {
            return null;
        }
        var referenceId = detail.attribute("DetailReferenceID");
        if (referenceId != null) {
            return new Value(
                    text(reference(
                            "DetailReference",
                            referenceId,
                            locator,
                            at + "/FeatureVersion/VersionDetail/@DetailReferenceID")),
                    null);
        }
        return detail.text().isEmpty() ? null : new Value(detail.text(), null);
    }

    private SdnAddress address(@Nullable String locationId, String locator, String at) {
        var location = locationId == null ? null : index.locations().get(locationId);
        if (location == null) {
            throw malformed(locator, at + "/@LocationID", "unknown LocationID " + locationId + ": not in Locations");
        }
        var parts = new HashMap<String, String>();
        location.parts()
                .forEach((typeId, value) -> parts.put(
                        text(reference(
                                "LocPartType",
                                typeId,
                                locator,
                                "Location[@ID=" + locationId + "]/LocationPart/@LocPartTypeID")),
                        value));
        String country = null;
        if (location.countryId() != null) {
            country = text(reference(
                    "Country",
                    location.countryId(),
                    locator,
                    "Location[@ID=" + locationId + "]/LocationCountry/@CountryID"));
        } else if (location.areaCodeId() != null) {
            var area = reference(
                    "AreaCode",
                    location.areaCodeId(),
                    locator,
                    "Location[@ID=" + locationId + "]/LocationAreaCode/@AreaCodeID");
            country = area.attributes().get("Description");
        }
        return new SdnAddress(
                join(", ", parts.get("ADDRESS1"), parts.get("ADDRESS2"), parts.get("ADDRESS3")),
                parts.get("CITY"),
                parts.get("STATE/PROVINCE"),
                parts.get("POSTAL CODE"),
                country);
    }

    private List<SdnId> documents(XmlElement identity, String locator) {
        var ids = new ArrayList<SdnId>();
        for (var document : index.documentsByIdentity().getOrDefault(identity.attribute("ID"), List.of())) {
            var at = "/Sanctions/IDRegDocuments/IDRegDocument[@ID=" + document.id() + "]";
            var type = text(reference("IDRegDocType", document.typeId(), locator, at + "/@IDRegDocTypeID"));
            if (document.number() == null) {
                continue;
            }
            var country = document.countryId() == null
                    ? null
                    : text(reference("Country", document.countryId(), locator, at + "/@IssuedBy-CountryID"));
            ids.add(new SdnId(type, document.number(), country));
        }
        return ids;
    }

    private List<String> programs(String profileId, String locator) {
        var programs = new ArrayList<String>();
        for (var entry : index.entriesByProfile().getOrDefault(profileId, List.of())) {
            for (var measure : entry.measures()) {
                var at = "/Sanctions/SanctionsEntries/SanctionsEntry[@ID=" + entry.id()
                        + "]/SanctionsMeasure/@SanctionsTypeID";
                var type = text(reference("SanctionsType", measure.typeId(), locator, at));
                if ("Program".equals(type) && measure.comment() != null) {
                    addOnce(programs, measure.comment());
                }
            }
        }
        return programs;
    }

    private List<SdnRelation> relations(String profileId, String locator) {
        var relations = new ArrayList<SdnRelation>();
        for (var relation : index.relationsByProfile().getOrDefault(profileId, List.of())) {
            var at = "/Sanctions/ProfileRelationships/ProfileRelationship[@ID=" + relation.id() + "]/@RelationTypeID";
            var type = text(reference("RelationType", relation.typeId(), locator, at));
            relations.add(new SdnRelation(relation.toProfile(), type, relation.former()));
        }
        return relations;
    }

    private ReferenceValue reference(String valueName, @Nullable String id, String locator, String field) {
        var value = index.reference(valueName, id);
        if (value == null) {
            throw malformed(
                    locator,
                    field,
                    id == null
                            ? "missing value"
                            : "unknown " + valueName + "ID " + id + ": not in ReferenceValueSets/" + valueName
                                    + "Values");
        }
        return value;
    }

    private static String text(ReferenceValue value) {
        return value.text();
    }

    private static void addOnce(List<String> values, String value) {
        if (!values.contains(value)) {
            values.add(value);
        }
    }

    private static @Nullable String join(String separator, @Nullable String... parts) {
        var joined = new ArrayList<String>();
        for (var part : parts) {
            if (part != null && !part.isBlank()) {
                joined.add(part);
            }
        }
        return joined.isEmpty() ? null : String.join(separator, joined);
    }

    private MalformedRecordException malformed(String locator, String field, String reason) {
        return new MalformedRecordException(input, locator, field, reason);
    }
}
