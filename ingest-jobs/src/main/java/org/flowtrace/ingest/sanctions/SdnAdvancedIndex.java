package org.flowtrace.ingest.sanctions;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.flowtrace.ingest.SourceFormatException;
import org.flowtrace.ingest.support.XmlElement;
import org.jspecify.annotations.Nullable;

/**
 * Everything of an {@code sdn_advanced.xml} that its parties refer to, read in a first pass over the
 * file and kept in memory while the parties stream: the reference value sets (ids → values such as
 * {@code FeatureType 345 = Digital Currency Address - ETH}), the locations, the identity documents by
 * the identity they belong to, the programs of each profile (from {@code SanctionsEntries}, which the
 * file puts after the parties) and the profile relationships. The parties themselves are skipped here,
 * so memory holds these tables (tens of thousands of small records for the full list) and never the
 * parties. Ids are resolved when a party is decoded ({@link SdnAdvancedDecoder}), so that an unknown id
 * rejects that party only.
 *
 * <p>Layout (the Sanctions List Service's {@code ADVANCED_XML} export; the Advanced Sanctions List
 * Standard's {@code http://www.un.org/sanctions/1.0} before it): {@code Sanctions} with
 * {@code DateOfIssue}, {@code ReferenceValueSets}, {@code Locations}, {@code IDRegDocuments},
 * {@code DistinctParties}, {@code ProfileRelationships}, {@code SanctionsEntries},
 * {@code SanctionsEntryLinks}. The sections are read by name, in whatever order they come.
 */
record SdnAdvancedIndex(
        Map<String, Map<String, ReferenceValue>> references,
        Map<String, LocationRecord> locations,
        Map<String, List<DocumentRecord>> documentsByIdentity,
        Map<String, List<EntryRecord>> entriesByProfile,
        Map<String, List<RelationRecord>> relationsByProfile) {

    /** One value of a reference value set: its text and its other attributes ({@code ISO2} …). */
    record ReferenceValue(String text, Map<String, String> attributes) {}

    /** A {@code Location}: its parts by {@code LocPartTypeID}, its country and area code ids. */
    record LocationRecord(
            String id,
            Map<String, String> parts,
            @Nullable String countryId,
            @Nullable String areaCodeId) {}

    /** An {@code IDRegDocument}: type id, number, issuing country id. */
    record DocumentRecord(
            String id,
            @Nullable String typeId,
            @Nullable String number,
            @Nullable String countryId) {}

    /** A {@code SanctionsEntry}: its list and measures (type id and comment, the program for type Program). */
    record EntryRecord(String id, @Nullable String listId, List<Measure> measures) {}

    /** A {@code SanctionsMeasure}. */
    record Measure(@Nullable String typeId, @Nullable String comment) {}

    /** A {@code ProfileRelationship} from a profile. */
    record RelationRecord(
            String id, String toProfile, @Nullable String typeId, boolean former) {}

    /** The value with {@code id} in the set whose values are elements named {@code valueName}, if any. */
    @Nullable
    ReferenceValue reference(String valueName, @Nullable String id) {
        if (id == null) {
            return null;
        }
        var set = references.get(valueName);
        return set == null ? null : set.get(id);
    }

    /**
     * Reads the file's reference sections, skipping its parties. Fails (as a source format error) on
     * XML that is not well-formed: the sanctions entries come after the parties, so a cut file cannot
     * say which programs its parties are listed under.
     */
    static SdnAdvancedIndex read(String input, InputStream in) {
        var references = new HashMap<String, Map<String, ReferenceValue>>();
        var locations = new HashMap<String, LocationRecord>();
        var documents = new HashMap<String, List<DocumentRecord>>();
        var entries = new HashMap<String, List<EntryRecord>>();
        var relations = new HashMap<String, List<RelationRecord>>();
        try {
            var xml = factory().createXMLStreamReader(in);
            try {
                int depth = 0;
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.END_ELEMENT) {
                        depth--;
                        continue;
                    }
                    if (event != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    depth++;
                    if (depth != 2) {
                        continue;
                    }
                    switch (xml.getLocalName()) {
                        case "ReferenceValueSets" -> references(XmlElement.read(xml), references);
                        case "Locations" -> each(xml, "Location", e -> location(e, locations));
                        case "IDRegDocuments" -> each(xml, "IDRegDocument", e -> document(e, documents));
                        case "ProfileRelationships" -> each(xml, "ProfileRelationship", e -> relation(e, relations));
                        case "SanctionsEntries" -> each(xml, "SanctionsEntry", e -> entry(e, entries));
                        default -> skip(xml);
                    }
                    depth--;
                }
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            var location = e.getLocation();
            throw new SourceFormatException(
                    input,
                    "not well-formed XML"
                            + (location == null
                                    ? ""
                                    : " at line " + location.getLineNumber() + " column " + location.getColumnNumber())
                            + ": the sanctions entries after the parties cannot be read, so nothing is loaded",
                    e);
        } finally {
            try {
                in.close();
            } catch (IOException ignored) {
                // reading is over; nothing was written
            }
        }
        return new SdnAdvancedIndex(references, locations, documents, entries, relations);
    }

    static XMLInputFactory factory() {
        var factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }

    /** Skips the subtree of the element the reader is on, leaving it on its end tag. */
    static void skip(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private interface ElementSink {
        void accept(XmlElement element);
    }

    /** Reads each child named {@code item} of the section the reader is on, one at a time. */
    private static void each(XMLStreamReader xml, String item, ElementSink sink) throws XMLStreamException {
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (item.equals(xml.getLocalName())) {
                    sink.accept(XmlElement.read(xml));
                } else {
                    skip(xml);
                }
            }
        }
    }

    private static void references(XmlElement sets, Map<String, Map<String, ReferenceValue>> references) {
        for (var set : sets.children()) {
            for (var value : set.children()) {
                var id = value.attribute("ID");
                if (id == null) {
                    continue;
                }
                var attributes = new HashMap<>(value.attributes());
                attributes.remove("ID");
                references
                        .computeIfAbsent(value.name(), k -> new HashMap<>())
                        .put(id, new ReferenceValue(value.text(), attributes));
            }
        }
    }

    private static void location(XmlElement location, Map<String, LocationRecord> locations) {
        var id = location.attribute("ID");
        if (id == null) {
            return;
        }
        var parts = new LinkedHashMap<String, String>();
        for (var part : location.children("LocationPart")) {
            var type = part.attribute("LocPartTypeID");
            String value = null;
            for (var partValue : part.children("LocationPartValue")) {
                var text = partValue.text("Value");
                if (text != null && (value == null || "true".equals(partValue.attribute("Primary")))) {
                    value = text;
                }
            }
            if (type != null && value != null) {
                parts.putIfAbsent(type, value);
            }
        }
        var country = location.child("LocationCountry");
        var area = location.child("LocationAreaCode");
        locations.put(
                id,
                new LocationRecord(
                        id,
                        parts,
                        country == null ? null : country.attribute("CountryID"),
                        area == null ? null : area.attribute("AreaCodeID")));
    }

    private static void document(XmlElement document, Map<String, List<DocumentRecord>> documents) {
        var identity = document.attribute("IdentityID");
        var id = document.attribute("ID");
        if (identity == null || id == null) {
            return;
        }
        documents
                .computeIfAbsent(identity, k -> new ArrayList<>(1))
                .add(new DocumentRecord(
                        id,
                        document.attribute("IDRegDocTypeID"),
                        document.text("IDRegistrationNo"),
                        document.attribute("IssuedBy-CountryID")));
    }

    private static void relation(XmlElement relation, Map<String, List<RelationRecord>> relations) {
        var from = relation.attribute("From-ProfileID");
        var to = relation.attribute("To-ProfileID");
        if (from == null || to == null) {
            return;
        }
        relations
                .computeIfAbsent(from, k -> new ArrayList<>(1))
                .add(new RelationRecord(
                        Objects.requireNonNullElse(relation.attribute("ID"), ""),
                        to,
                        relation.attribute("RelationTypeID"),
                        "true".equals(relation.attribute("Former"))));
    }

    private static void entry(XmlElement entry, Map<String, List<EntryRecord>> entries) {
        var profile = entry.attribute("ProfileID");
        if (profile == null) {
            return;
        }
        var measures = new ArrayList<Measure>();
        for (var measure : entry.children("SanctionsMeasure")) {
            measures.add(new Measure(measure.attribute("SanctionsTypeID"), measure.text("Comment")));
        }
        entries.computeIfAbsent(profile, k -> new ArrayList<>(1))
                .add(new EntryRecord(
                        Objects.requireNonNullElse(entry.attribute("ID"), ""), entry.attribute("ListID"), measures));
    }
}
