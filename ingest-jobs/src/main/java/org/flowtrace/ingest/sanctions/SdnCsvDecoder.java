package org.flowtrace.ingest.sanctions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flowtrace.ingest.MalformedRecordException;
import org.flowtrace.ingest.sanctions.SdnEntry.SdnAddress;
import org.flowtrace.ingest.support.CsvRow;
import org.jspecify.annotations.Nullable;

/**
 * Decodes a row of OFAC's legacy CSV files (no header; {@code -0-} for an empty field) into an
 * {@link SdnEntry}:
 *
 * <ul>
 *   <li>{@code sdn.csv}: ent_num, SDN_Name, SDN_Type ({@code individual}, {@code vessel},
 *       {@code aircraft}; {@code -0-} for an entity), Program ({@code SDGT] [IFSR}: several joined by
 *       {@code "] ["}), Title, Call_Sign, Vess_type, Tonnage, GRT, Vess_flag, Vess_owner, Remarks. A
 *       remark longer than the field continues in {@code sdn_comments.csv}: when that file's row is
 *       known (a comments file beside it) the two are joined before decoding, else the cut clause is
 *       left out;
 *   <li>{@code sdn_comments.csv}: ent_num, the rest of the remarks (starting mid-clause);
 *   <li>{@code alt.csv}: ent_num, alt_num, alt_type, alt_name, alt_remarks;
 *   <li>{@code add.csv}: ent_num, add_num, address, City/State/Province/Postal Code, country, add_remarks.
 * </ul>
 */
final class SdnCsvDecoder {

    /** OFAC's legacy CSV writes a 1,000-character Remarks field at most; the rest goes to the comments file. */
    static final int REMARKS_FIELD_LENGTH = 1000;

    private final String input;
    private final OfacFormat format;
    private final Map<String, String> continuations;

    /**
     * @param continuations the {@code sdn_comments.csv} text of each entry, from the comments files
     *     beside an {@code sdn.csv} (empty for other files)
     */
    SdnCsvDecoder(String input, OfacFormat format, Map<String, String> continuations) {
        this.input = input;
        this.format = format;
        this.continuations = Map.copyOf(continuations);
    }

    SdnEntry decode(CsvRow row) {
        var uid = row.field(0);
        if (!uid.matches("\\d+")) {
            throw new MalformedRecordException(input, row.locator(), "ent_num", "not an entry number: '" + uid + "'");
        }
        var columns = switch (format) {
            case SDN_CSV -> 12;
            case ALT_CSV -> 5;
            case ADD_CSV -> 6;
            default -> 2;
        };
        if (row.fields().size() < columns) {
            throw new MalformedRecordException(
                    input,
                    row.locator(),
                    null,
                    "short row: " + row.fields().size() + " fields, " + format.description() + " has " + columns);
        }
        return switch (format) {
            case SDN_CSV -> sdn(uid, row);
            case ALT_CSV -> partial(uid, row, List.of(row.field(3)), List.of(), null);
            case ADD_CSV ->
                partial(
                        uid,
                        row,
                        List.of(),
                        List.of(new SdnAddress(
                                value(row.field(2)), value(row.field(3)), null, null, value(row.field(4)))),
                        null);
            default -> partial(uid, row, List.of(), List.of(), row.field(1));
        };
    }

    private SdnEntry sdn(String uid, CsvRow row) {
        var type = value(row.field(2));
        var sdnType = type == null ? "Entity" : Character.toUpperCase(type.charAt(0)) + type.substring(1);
        var programs = new ArrayList<String>();
        var program = value(row.field(3));
        if (program != null) {
            for (var part : program.split("\\]\\s*\\[")) {
                if (!part.isBlank()) {
                    programs.add(part.replace("[", "").replace("]", "").strip());
                }
            }
        }
        var remarks = value(row.field(11));
        var continuation = continuations.get(uid);
        SdnRemarks decoded;
        if (remarks == null) {
            decoded = SdnRemarks.decode("", false, false);
        } else if (continuation != null) {
            remarks = remarks + continuation;
            decoded = SdnRemarks.decode(remarks, false, false);
        } else {
            boolean cut = remarks.length() >= REMARKS_FIELD_LENGTH && !remarks.endsWith(".");
            decoded = SdnRemarks.decode(remarks, false, cut);
        }
        var name = value(row.field(1));
        if (name == null) {
            throw new MalformedRecordException(input, row.locator(), "SDN_Name", "missing value");
        }
        return new SdnEntry(
                uid,
                row.locator(),
                name,
                null,
                null,
                sdnType,
                value(row.field(4)),
                programs,
                decoded.aliases(),
                decoded.ids(),
                List.of(),
                decoded.datesOfBirth(),
                decoded.placesOfBirth(),
                decoded.nationalities(),
                decoded.citizenships(),
                decoded.linkedTo(),
                List.of(),
                remarks,
                false);
    }

    private SdnEntry partial(
            String uid, CsvRow row, List<String> aliases, List<SdnAddress> addresses, @Nullable String comment) {
        var decoded = SdnRemarks.decode(comment == null ? "" : comment, true, false);
        var allAliases = new ArrayList<String>();
        for (var alias : aliases) {
            if (value(alias) != null) {
                allAliases.add(alias.strip());
            }
        }
        allAliases.addAll(decoded.aliases());
        return new SdnEntry(
                uid,
                row.locator(),
                null,
                null,
                null,
                null,
                null,
                List.of(),
                allAliases,
                decoded.ids(),
                addresses,
                decoded.datesOfBirth(),
                decoded.placesOfBirth(),
                decoded.nationalities(),
                decoded.citizenships(),
                decoded.linkedTo(),
                List.of(),
                null,
                true);
    }

    /** A field's value, {@code null} for OFAC's empty marker {@code -0-} or blank. */
    static @Nullable String value(String field) {
        var text = field.strip();
        return text.isEmpty() || text.equals("-0-") ? null : text;
    }
}
