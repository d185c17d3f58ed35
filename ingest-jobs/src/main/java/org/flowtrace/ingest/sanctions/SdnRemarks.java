package org.flowtrace.ingest.sanctions;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.flowtrace.ingest.sanctions.SdnEntry.SdnId;
import org.jspecify.annotations.Nullable;

/**
 * What the remarks of a legacy-CSV SDN entry state, decoded clause by clause (clauses are separated by
 * {@code "; "}): aliases ({@code a.k.a. 'X'}, {@code f.k.a.}, {@code n.k.a.}), dates and places of
 * birth ({@code DOB}, {@code POB}, also {@code alt.}), {@code nationality}, {@code citizen}, {@code Linked
 * To:}, and documents and features written {@code <Type> <number> (<country>)} — {@code Passport},
 * {@code National ID No.}, {@code Registration Number}, {@code Tax ID No.}, {@code Legal Entity
 * Number}, {@code Digital Currency Address - XBT} … Clauses of any other form stay only in the remarks
 * text. The XML layout states all of these as elements and needs no decoding.
 *
 * @param cutOff a clause cut off by the CSV layout's field length (the rest is in
 *     {@code sdn_comments.csv}), not decoded
 */
record SdnRemarks(
        List<String> aliases,
        List<String> datesOfBirth,
        List<String> placesOfBirth,
        List<String> nationalities,
        List<String> citizenships,
        List<String> linkedTo,
        List<SdnId> ids,
        @Nullable String cutOff) {

    private static final Pattern ALIAS = Pattern.compile("^(?:a\\.k\\.a\\.|f\\.k\\.a\\.|n\\.k\\.a\\.) '(.+)'$");
    private static final Pattern DOCUMENT = Pattern.compile(
            "^(Digital Currency Address - [A-Za-z0-9]+|Passport|National ID No\\.|Registration Number|Registration ID"
                    + "|Tax ID No\\.|Legal Entity Number|SSN|Cedula No\\.|Identification Number|Business Registration"
                    + " Number|Company Number|UK Company Number|Email Address|Website|Phone Number|SWIFT/BIC|Vessel"
                    + " Registration Identification|Aircraft Tail Number|Driver's License No\\.|Travel Document Number"
                    + "|Residency Number|Personal ID Card|Gender) (.+?)(?: \\(([^()]+)\\))?$");

    /**
     * Decodes {@code remarks}. With {@code continues} (a row of {@code sdn_comments.csv}, whose text
     * starts mid-clause) the first clause is a fragment and is not decoded; with {@code continued} (an
     * {@code sdn.csv} remark whose rest is in a comments file not given) the last clause is not.
     */
    static SdnRemarks decode(String remarks, boolean continues, boolean continued) {
        var aliases = new ArrayList<String>();
        var births = new ArrayList<String>();
        var places = new ArrayList<String>();
        var nationalities = new ArrayList<String>();
        var citizenships = new ArrayList<String>();
        var linked = new ArrayList<String>();
        var ids = new ArrayList<SdnId>();
        var clauses = new ArrayList<>(List.of(remarks.strip().split(";\\s+")));
        String cutOff = null;
        if (continues && !clauses.isEmpty()) {
            clauses.removeFirst();
        }
        if (continued && !clauses.isEmpty()) {
            cutOff = clauses.removeLast();
        }
        for (var raw : clauses) {
            var clause = raw.strip();
            if (clause.endsWith(".") && !clause.endsWith("a.k.a.") && !clause.endsWith("No.")) {
                clause = clause.substring(0, clause.length() - 1);
            }
            if (clause.startsWith("alt. ")) {
                clause = clause.substring(5);
            }
            var alias = ALIAS.matcher(clause);
            if (alias.matches()) {
                aliases.add(alias.group(1));
            } else if (clause.startsWith("DOB ")) {
                births.add(clause.substring(4).strip());
            } else if (clause.startsWith("POB ")) {
                places.add(clause.substring(4).strip());
            } else if (clause.startsWith("nationality ")) {
                nationalities.add(clause.substring(12).strip());
            } else if (clause.startsWith("citizen ")) {
                citizenships.add(clause.substring(8).strip());
            } else if (clause.startsWith("Linked To: ")) {
                linked.add(clause.substring(11).strip());
            } else {
                var document = DOCUMENT.matcher(clause);
                if (document.matches()) {
                    ids.add(new SdnId(document.group(1), document.group(2).strip(), document.group(3)));
                }
            }
        }
        return new SdnRemarks(aliases, births, places, nationalities, citizenships, linked, ids, cutOff);
    }
}
