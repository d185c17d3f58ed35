package org.flowtrace.ingest.camt053;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flowtrace.graph.model.AccountRef;
import org.flowtrace.graph.model.Provenance;
import org.flowtrace.graph.party.PartyHolding;
import org.flowtrace.ingest.support.XmlElement;
import org.jspecify.annotations.Nullable;

/**
 * A party as a camt message names it ({@code Dbtr}, {@code Cdtr}, {@code Acct/Ownr} …): its name as
 * written, its identifiers and what kind of party the identifiers say it is.
 *
 * <p>Party key: {@code camt:id:<first identifier>} when the party has one (a BIC, LEI or an
 * {@code Othr} id qualified by scheme and issuer), so the same identified party is one node across
 * statements; otherwise {@code camt:name:<account key>:<name>}, the party of that name holding that
 * account, with the name NFC-normalised, whitespace collapsed and upper-cased for the key only.
 */
record CamtParty(
        @Nullable String name,
        @Nullable String kind,
        @Nullable String country,
        List<String> identifiers) {

    CamtParty {
        identifiers = List.copyOf(identifiers);
    }

    /**
     * Reads a party element in either shape: v2–v6 {@code <Dbtr><Nm>…} or v7+ {@code <Dbtr><Pty><Nm>…};
     * {@code null} when the element is absent or names nobody.
     */
    static @Nullable CamtParty of(@Nullable XmlElement element) {
        if (element == null) {
            return null;
        }
        var party = element.child("Pty") != null ? element.child("Pty") : element;
        var name = party.text("Nm");
        var identifiers = new ArrayList<String>();
        String kind = null;
        var organisation = party.find("Id/OrgId");
        var person = party.find("Id/PrvtId");
        if (organisation != null) {
            kind = "ORGANISATION";
            var bic = organisation.text("AnyBIC", "BICOrBEI", "BIC");
            if (bic != null) {
                identifiers.add("BIC:" + bic.toUpperCase(Locale.ROOT));
            }
            var lei = organisation.text("LEI");
            if (lei != null) {
                identifiers.add("LEI:" + lei.toUpperCase(Locale.ROOT));
            }
            organisation.children("Othr").forEach(other -> addOther(identifiers, other));
        } else if (person != null) {
            kind = "PERSON";
            person.children("Othr").forEach(other -> addOther(identifiers, other));
        }
        if (name == null && identifiers.isEmpty()) {
            return null;
        }
        return new CamtParty(name, kind, party.text("PstlAdr/Ctry", "CtryOfRes"), identifiers);
    }

    private static void addOther(List<String> identifiers, XmlElement other) {
        var id = other.text("Id");
        if (id != null) {
            var scheme = other.text("SchmeNm/Cd", "SchmeNm/Prtry");
            var issuer = other.text("Issr");
            identifiers.add((scheme == null ? "-" : scheme) + "/" + (issuer == null ? "-" : issuer) + ":" + id);
        }
    }

    /** The party's key in the graph; see the class comment. */
    String key(AccountRef account) {
        if (!identifiers.isEmpty()) {
            return "camt:id:" + identifiers.getFirst();
        }
        return "camt:name:" + account.key() + ":" + normalisedName(name == null ? "" : name);
    }

    /** This party holding {@code account}, as stated at {@code provenance}. */
    PartyHolding holding(AccountRef account, Provenance provenance) {
        return new PartyHolding(
                key(account),
                name == null ? identifiers.getFirst() : name,
                kind,
                country,
                identifiers,
                account,
                provenance);
    }

    /** NFC, whitespace collapsed, upper-cased: {@code Nguyễn  Văn An} written decomposed keys as {@code NGUYỄN VĂN AN}. */
    static String normalisedName(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC)
                .strip()
                .replaceAll("\\s+", " ")
                .toUpperCase(Locale.ROOT);
    }
}
