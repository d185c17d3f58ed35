package org.flowtrace.ingest.sanctions;

import java.util.ArrayList;
import java.util.List;
import org.flowtrace.ingest.MalformedRecordException;
import org.flowtrace.ingest.sanctions.SdnEntry.SdnAddress;
import org.flowtrace.ingest.sanctions.SdnEntry.SdnId;
import org.flowtrace.ingest.support.XmlElement;
import org.jspecify.annotations.Nullable;

/**
 * Decodes an {@code sdnEntry} of OFAC's {@code sdn.xml} (root {@code sdnList}, any namespace: the
 * current {@code https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/XML} or
 * the older {@code http://tempuri.org/sdnList.xsd}): {@code uid}, {@code firstName}, {@code lastName},
 * {@code title}, {@code sdnType}, {@code remarks}, {@code programList/program},
 * {@code idList/id} ({@code idType}, {@code idNumber}, {@code idCountry}), {@code akaList/aka},
 * {@code addressList/address}, {@code nationalityList}, {@code citizenshipList},
 * {@code dateOfBirthList/dateOfBirthItem}, {@code placeOfBirthList/placeOfBirthItem}.
 */
final class SdnXmlDecoder {

    private SdnXmlDecoder() {}

    static SdnEntry decode(String input, XmlElement entry, String locator) {
        var uid = entry.text("uid");
        if (uid == null) {
            throw new MalformedRecordException(input, locator, "uid", "missing value");
        }
        var lastName = entry.text("lastName");
        if (lastName == null) {
            throw new MalformedRecordException(input, locator, "lastName", "missing value: an entry has a name");
        }
        var firstName = entry.text("firstName");
        var programs = texts(entry, "programList", "program", null);
        var aliases = new ArrayList<String>();
        for (var aka : children(entry, "akaList", "aka")) {
            var name = fullName(aka.text("lastName"), aka.text("firstName"));
            if (name != null) {
                aliases.add(name);
            }
        }
        var ids = new ArrayList<SdnId>();
        for (var id : children(entry, "idList", "id")) {
            var type = id.text("idType");
            var number = id.text("idNumber");
            if (type != null && number != null) {
                ids.add(new SdnId(type, number, id.text("idCountry")));
            }
        }
        var addresses = new ArrayList<SdnAddress>();
        for (var address : children(entry, "addressList", "address")) {
            var street = join(address.text("address1"), address.text("address2"), address.text("address3"));
            addresses.add(new SdnAddress(
                    street,
                    address.text("city"),
                    address.text("stateOrProvince"),
                    address.text("postalCode"),
                    address.text("country")));
        }
        return new SdnEntry(
                uid,
                locator,
                fullName(lastName, firstName),
                firstName,
                lastName,
                entry.text("sdnType"),
                entry.text("title"),
                programs,
                aliases,
                ids,
                addresses,
                texts(entry, "dateOfBirthList", "dateOfBirthItem", "dateOfBirth"),
                texts(entry, "placeOfBirthList", "placeOfBirthItem", "placeOfBirth"),
                texts(entry, "nationalityList", "nationality", "country"),
                texts(entry, "citizenshipList", "citizenship", "country"),
                List.of(),
                List.of(),
                entry.text("remarks"),
                false);
    }

    private static List<XmlElement> children(XmlElement entry, String list, String item) {
        var container = entry.child(list);
        return container == null ? List.of() : container.children(item);
    }

    private static List<String> texts(XmlElement entry, String list, String item, @Nullable String field) {
        var texts = new ArrayList<String>();
        for (var child : children(entry, list, item)) {
            var text = field == null ? (child.text().isEmpty() ? null : child.text()) : child.text(field);
            if (text != null && !texts.contains(text)) {
                texts.add(text);
            }
        }
        return texts;
    }

    private static @Nullable String fullName(@Nullable String last, @Nullable String first) {
        if (last == null) {
            return first;
        }
        return first == null ? last : last + ", " + first;
    }

    private static @Nullable String join(@Nullable String... parts) {
        var joined = new StringBuilder();
        for (var part : parts) {
            if (part != null) {
                if (!joined.isEmpty()) {
                    joined.append(", ");
                }
                joined.append(part);
            }
        }
        return joined.isEmpty() ? null : joined.toString();
    }
}
