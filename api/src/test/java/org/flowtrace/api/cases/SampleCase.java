package org.flowtrace.api.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.flowtrace.analytics.cases.CaseContents;
import org.flowtrace.analytics.cases.CaseFact;
import org.flowtrace.analytics.cases.FactKind;
import org.flowtrace.analytics.cases.OffenceMapping;
import org.flowtrace.graph.provenance.ProvenanceEntry;
import org.jspecify.annotations.Nullable;

/**
 * A small case built by hand, as {@code CaseReader} would return it: a family pays a ransom into the
 * operator's wallet, which passes it to an exchange (a RANSOM finding); a bank account held by the
 * operator's company, which he owns and directs; his designation; an STR naming a victim <b>&lt;Hùng&gt;</b>
 * (a name with markup, to check escaping).
 */
final class SampleCase {

    private SampleCase() {}

    static CaseContents contents(String name) {
        var facts = new ArrayList<CaseFact>();
        facts.add(
                node("designations:NG-1", FactKind.PERSON, "陈国豪", Map.of("nationalities", "CN", "birthDate", "1978")));
        facts.add(node("bods:mekong", FactKind.ORGANISATION, "Mekong Bright Trading", Map.of()));
        facts.add(node(
                "ZMKBKHPP:001220301",
                FactKind.ACCOUNT,
                "ZMKBKHPP:001220301",
                Map.of("institution", "ZMKBKHPP", "number", "001220301")));
        facts.add(node("TRON:TRansom", FactKind.WALLET, "TRON:TRansom", Map.of("designated", "true")));
        facts.add(node("TRON:TFamily", FactKind.WALLET, "TRON:TFamily", Map.of()));
        facts.add(node(
                "TRON:TExch", FactKind.WALLET, "TRON:TExch", Map.of("custodial", "true", "tags", "exchange: Kapok")));
        facts.add(node(
                "designation:designations:NG-1",
                FactKind.DESIGNATION,
                "FIU-KH NG-1",
                Map.of(
                        "list",
                        "FIU-KH Scam Compounds",
                        "program",
                        "compound operator",
                        "sourceUrl",
                        "https://example.org/1")));
        facts.add(node(
                "goaml:STR-1",
                FactKind.REPORT,
                "STR STR-1",
                Map.of("reason", "possible victim of human trafficking; release fee paid")));
        facts.add(node("goaml:victim", FactKind.PERSON, "<b>Hùng</b>", Map.of()));
        facts.add(new CaseFact(
                "ransom:1",
                FactKind.FINDING,
                "RANSOM (score 0.90)",
                null,
                null,
                at("2026-03-02T01:55:00Z"),
                new TreeMap<>(Map.of(
                        "typology",
                        "RANSOM",
                        "explanation",
                        "one payer; passed on within 4 h",
                        "transferIds",
                        "TRON:t1; TRON:t2",
                        "members",
                        "payer TRON:TFamily; receiver TRON:TRansom")),
                List.of(source("event 1"), source("event 2"))));
        facts.add(
                transfer("TRON:t1", "TRON:TFamily", "TRON:TRansom", "12000.000000", "2026-03-02T01:55:00Z", "event 1"));
        facts.add(transfer("TRON:t2", "TRON:TRansom", "TRON:TExch", "12000.000000", "2026-03-02T05:31:00Z", "event 2"));
        facts.add(relationship(
                "bods:s1",
                FactKind.OWNS,
                "designations:NG-1",
                "bods:mekong",
                Map.of("shareExact", "100.0", "startDate", "2019-05-02")));
        facts.add(relationship(
                "bods:s2",
                FactKind.CONTROLS,
                "designations:NG-1",
                "bods:mekong",
                Map.of("interestType", "boardMember")));
        facts.add(relationship(
                "HOLDS:bods:mekong>ZMKBKHPP:001220301", FactKind.HOLDS, "bods:mekong", "ZMKBKHPP:001220301", Map.of()));
        facts.add(relationship(
                "CONTROLS_WALLET:designations:NG-1>TRON:TRansom",
                FactKind.CONTROLS_WALLET,
                "designations:NG-1",
                "TRON:TRansom",
                Map.of()));
        facts.add(relationship(
                "DESIGNATED_BY:designations:NG-1>designation:designations:NG-1",
                FactKind.DESIGNATED_BY,
                "designations:NG-1",
                "designation:designations:NG-1",
                Map.of()));
        facts.add(relationship(
                "NAMES:goaml:STR-1>goaml:victim",
                FactKind.NAMES,
                "goaml:STR-1",
                "goaml:victim",
                Map.of("roles", "REPORT_PARTY:VICTIM")));
        var mapped = OffenceMapping.map(facts);
        return new CaseContents(
                name,
                "TRON:TRansom",
                "analyst-1",
                Instant.parse("2026-04-01T08:00:00Z"),
                Instant.parse("2026-04-01T09:00:00Z"),
                "rule libr",
                facts,
                mapped.evidence(),
                List.of("forward libr from TRON:TRansom, 1 hops"),
                List.of("TRON:TRansom —CONTROLS_WALLET→ 陈国豪"),
                mapped.victims(),
                List.of());
    }

    static ProvenanceEntry source(String locator) {
        return new ProvenanceEntry(
                "file:///evidence/tron.json",
                locator,
                "ab12cd34",
                "run-1",
                Instant.parse("2026-03-20T10:00:00Z"),
                "tron-export");
    }

    private static CaseFact node(String key, FactKind kind, String label, Map<String, String> properties) {
        return new CaseFact(
                key, kind, label, null, null, null, new TreeMap<>(properties), List.of(source("node " + key)));
    }

    private static CaseFact transfer(String id, String from, String to, String amount, String at, String locator) {
        return new CaseFact(
                id,
                FactKind.TRANSFER,
                amount + " TRON:USDT",
                from,
                to,
                at(at),
                new TreeMap<>(Map.of(
                        "amount",
                        amount,
                        "asset",
                        "TRON:USDT",
                        "usd",
                        amount.substring(0, amount.indexOf('.')) + ".00",
                        "usdApprox",
                        "12000.0",
                        "traced",
                        "true")),
                List.of(source(locator)));
    }

    private static CaseFact relationship(
            String key, FactKind kind, String from, String to, Map<String, String> properties) {
        return new CaseFact(
                key, kind, kind.name(), from, to, null, new TreeMap<>(properties), List.of(source("rel " + key)));
    }

    private static @Nullable Instant at(String text) {
        return Instant.parse(text);
    }
}
