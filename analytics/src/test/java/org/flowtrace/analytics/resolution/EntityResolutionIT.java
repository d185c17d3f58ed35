package org.flowtrace.analytics.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flowtrace.graph.UnknownPartyException;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.model.Chain;
import org.flowtrace.graph.report.PartyKind;
import org.flowtrace.graph.sameas.SameAsStatus;
import org.flowtrace.graph.sameas.SameAsWriter;
import org.flowtrace.graph.testing.Neo4jTest;
import org.junit.jupiter.api.Test;

/**
 * Resolution over parties written by the ingest jobs' writers: a bank's STR (goAML), a company register
 * (BODS) and sanctions and FIU lists, in one graph.
 */
@Neo4jTest
class EntityResolutionIT {

    private static final String STR_COMPANY = "org:REG:KH:00012345";
    private static final String STR_PERSON = "person:PASSPORT:CN:E12345678";
    private static final String BODS_COMPANY = "bods:record:lotus";
    private static final String BODS_PERSON = "bods:record:she";
    private static final String OFAC_COMPANY = "ofac-sdn:90003";
    private static final String OFAC_PERSON = "ofac-sdn:90001";

    record Link(
            String from,
            String to,
            double score,
            List<String> reasons,
            String status,
            List<String> fromSources,
            List<String> toSources,
            String runId,
            String detector) {
        boolean joins(String a, String b) {
            return (from.equals(a) && to.equals(b)) || (from.equals(b) && to.equals(a));
        }
    }

    @Test
    void links_a_bank_str_entity_to_its_bods_company_and_to_its_sanctions_entry(GraphConnection graph) {
        loadCompoundCase(graph);

        var summary = resolve(graph, "run-1");

        var links = links(graph);
        assertThat(summary.candidates()).isEqualTo(links.size()).isEqualTo(summary.created());
        assertThat(link(links, STR_COMPANY, BODS_COMPANY)).satisfies(l -> {
            assertThat(l.score()).isGreaterThan(0.99);
            assertThat(l.reasons()).anyMatch(r -> r.startsWith("same registration KH:00012345"));
            assertThat(l.status()).isEqualTo("CANDIDATE");
            assertThat(l.detector()).isEqualTo("entity-resolution");
            assertThat(l.runId()).isEqualTo("run-1");
            assertThat(l.fromSources()).contains("BODS: lotus-register.json");
            assertThat(l.toSources()).contains("goAML: str-2026-0042.xml");
        });
        assertThat(link(links, STR_COMPANY, OFAC_COMPANY).reasons())
                .as("the OFAC entry names no country: the name is all there is")
                .containsExactly(
                        "name 1.00: GOLDEN LOTUS INVESTMENT COMPANY LIMITED ~ GOLDEN LOTUS INVESTMENT CO., LTD (+7.0)");
        assertThat(link(links, STR_PERSON, OFAC_PERSON).reasons())
                .anyMatch(r -> r.startsWith("same document PASSPORT:CN:E12345678"));
        assertThat(link(links, BODS_PERSON, OFAC_PERSON).reasons())
                .anyMatch(r -> r.startsWith("same year of birth 1982"))
                .anyMatch(r -> r.startsWith("name 1.00"));
        assertThat(link(links, STR_PERSON, BODS_PERSON).reasons()).anyMatch(r -> r.startsWith("same month of birth"));
        assertThat(links)
                .as("a person is never linked to a company")
                .noneMatch(l -> l.joins(STR_PERSON, STR_COMPANY) || l.joins(OFAC_PERSON, BODS_COMPANY));
    }

    @Test
    void does_not_link_two_different_people_who_share_a_common_name(GraphConnection graph) {
        new PartySources(graph)
                .str("str-2026-0101.xml")
                .person("goaml:1:r1:/a", "NGUYEN VAN AN", "1980-05-05", "VN")
                .person("goaml:1:r1:/b", "Nguyen Van An", "1993-02-17", "VN")
                .person("goaml:1:r1:/c", "Nguyễn Văn An", null, "VN")
                .person("goaml:1:r1:/d", "Nguyen Van An", "1980-05-05", "VN")
                .load();

        resolve(graph, "run-1");

        var links = links(graph);
        assertThat(links).noneMatch(l -> l.joins("goaml:1:r1:/a", "goaml:1:r1:/b"));
        assertThat(links).noneMatch(l -> l.joins("goaml:1:r1:/b", "goaml:1:r1:/c"));
        assertThat(links)
                .as("same common name and the same date of birth is a candidate")
                .anyMatch(l -> l.joins("goaml:1:r1:/a", "goaml:1:r1:/d"));
    }

    @Test
    void links_names_written_in_chinese_thai_and_khmer_to_their_usual_latin_spellings(GraphConnection graph) {
        new PartySources(graph)
                .str("str-2026-0202.xml")
                .person("goaml:2:r1:/hk", "陳國強", "1971-03-03", "HK")
                .person("goaml:2:r1:/sg", "林文傑", "1980-05-20", "SG")
                .person("goaml:2:r1:/th", "อภิสิทธิ์ เวชชาชีวะ", "1964-08-03", "TH")
                .person("goaml:2:r1:/kh", "ពេជ្រ សុភ័ក្រ", "1988-08-08", "KH")
                .person("goaml:2:r2:/hk", "Chan Kwok Keung", "1971-03-03", "HK")
                .person("goaml:2:r2:/sg", "Lim Boon Kiat", "1980-05-20", "SG")
                .person("goaml:2:r2:/th", "Abhisit Vejjajiva", "1964-08-03", "TH")
                .person("goaml:2:r2:/kh", "Pich Sopheak", "1988-08-08", "KH")
                .person("goaml:2:r2:/hk-other", "Chan Kwok Wing", "1971-03-03", "HK")
                .load();

        resolve(graph, "run-1");

        var links = links(graph);
        for (var place : List.of("hk", "sg", "th", "kh")) {
            assertThat(links)
                    .as("the %s name and its Latin spelling share a blocking key and are linked", place)
                    .anyMatch(l -> l.joins("goaml:2:r1:/" + place, "goaml:2:r2:/" + place));
        }
        assertThat(links)
                .as("one syllable differs: another man of the same birth date")
                .noneMatch(l -> l.joins("goaml:2:r1:/hk", "goaml:2:r2:/hk-other"));
    }

    @Test
    void persons_with_only_partial_dates_of_birth_are_linked_when_the_dates_can_agree(GraphConnection graph) {
        var sources = new PartySources(graph);
        sources.register("BODS", "register.json")
                .party(
                        "bods:record:sokha",
                        PartyKind.PERSON,
                        Map.of("name", "Sokha Chan", "birthDate", "1990"),
                        Map.of("nationalities", List.of("KH")))
                .load();
        sources.register("OFAC SDN", "sdn.xml")
                .party(
                        "ofac-sdn:1",
                        PartyKind.PERSON,
                        Map.of("name", "CHAN Sokha", "birthDate", "Apr 1990"),
                        Map.of("datesOfBirth", List.of("Apr 1990"), "nationalities", List.of("Cambodia")))
                .party(
                        "ofac-sdn:2",
                        PartyKind.PERSON,
                        Map.of("name", "CHAN, Sokha", "birthDate", "1975"),
                        Map.of("nationalities", List.of("Cambodia")))
                .load();

        resolve(graph, "run-1");

        var links = links(graph);
        assertThat(link(links, "bods:record:sokha", "ofac-sdn:1").reasons())
                .contains("same year of birth 1990 ~ 1990-04 (+1.5)");
        assertThat(links).noneMatch(l -> l.joins("bods:record:sokha", "ofac-sdn:2"));
        assertThat(links).noneMatch(l -> l.joins("ofac-sdn:1", "ofac-sdn:2"));
    }

    @Test
    void entities_with_no_name_are_linked_by_their_identifiers_only(GraphConnection graph) {
        var sources = new PartySources(graph);
        sources.register("BODS", "register.json")
                .party(
                        "bods:record:anonymous",
                        PartyKind.ORGANISATION,
                        Map.of("entityType", "anonymousEntity"),
                        Map.of())
                .party("bods:record:unknown", PartyKind.ORGANISATION, Map.of("entityType", "anonymousEntity"), Map.of())
                .identifier("bods:record:anonymous", "REG:KH:00099881")
                .load();
        sources.str("str-2026-0007.xml")
                .entity("org:REG:KH:00099881", "Mekong Star Trading Ltd", "KH")
                .identifier("org:REG:KH:00099881", "REG:KH:00099881")
                .load();

        resolve(graph, "run-1");

        var links = links(graph);
        assertThat(links).singleElement().satisfies(l -> {
            assertThat(l.joins("bods:record:anonymous", "org:REG:KH:00099881")).isTrue();
            assertThat(l.reasons())
                    .as("no name comparison without a name")
                    .containsExactly("same registration KH:00099881 (+12.0)");
        });
    }

    @Test
    void wallets_link_parties_chain_aware_and_evm_addresses_case_insensitively(GraphConnection graph) {
        var sources = new PartySources(graph);
        sources.register("OFAC SDN", "sdn.xml")
                .party("ofac-sdn:7", PartyKind.PERSON, Map.of("name", "Wu Jian"), Map.of())
                .wallet("ofac-sdn:7", Chain.ETHEREUM, "0xd90e2f925DA726b50C4Ed8D0Fb90Ad053324F31b")
                .load();
        sources.register("FIU-KH Scam Compounds", "compounds.csv")
                .party("designations:fiu:P-9", PartyKind.PERSON, Map.of("name", "Jian Wu"), Map.of())
                .wallet("designations:fiu:P-9", Chain.ETHEREUM, "0xd90e2f925da726b50c4ed8d0fb90ad053324f31b")
                .load();

        resolve(graph, "run-1");

        assertThat(link(links(graph), "ofac-sdn:7", "designations:fiu:P-9").reasons())
                .anyMatch(r -> r.startsWith("same wallet ETHEREUM:0xd90e2f925da726b50c4ed8d0fb90ad053324f31b"));
    }

    @Test
    void an_analysts_decisions_are_kept_and_nothing_is_duplicated_when_resolution_runs_again(GraphConnection graph) {
        loadCompoundCase(graph);
        resolve(graph, "run-1");
        var writer = new SameAsWriter(graph);

        assertThat(writer.decide(
                        STR_COMPANY, BODS_COMPANY, SameAsStatus.CONFIRMED, "analyst-7", "same register", Instant.now()))
                .contains(SameAsStatus.CANDIDATE);
        assertThat(writer.decide(OFAC_PERSON, BODS_PERSON, SameAsStatus.REJECTED, "analyst-7", null, Instant.now()))
                .contains(SameAsStatus.CANDIDATE);
        int before = links(graph).size();

        var again =
                new EntityResolution(graph, ResolutionParameters.DEFAULTS.withThreshold(0.5)).run("run-2", line -> {});

        var links = links(graph);
        assertThat(again.created()).isZero();
        assertThat(links).hasSize(before);
        assertThat(link(links, STR_COMPANY, BODS_COMPANY).status()).isEqualTo("CONFIRMED");
        assertThat(link(links, STR_COMPANY, BODS_COMPANY).runId()).isEqualTo("run-2");
        assertThat(link(links, OFAC_PERSON, BODS_PERSON).status()).isEqualTo("REJECTED");
        assertThat(links)
                .filteredOn(l -> !l.joins(STR_COMPANY, BODS_COMPANY) && !l.joins(OFAC_PERSON, BODS_PERSON))
                .allMatch(l -> l.status().equals("CANDIDATE"));
        assertThatThrownBy(() ->
                        writer.decide(STR_COMPANY, "no-such-party", SameAsStatus.CONFIRMED, "a", null, Instant.now()))
                .isInstanceOf(UnknownPartyException.class)
                .hasMessageContaining("no-such-party");
    }

    /**
     * The compound case: a bank's STR names Golden Lotus and She Zhijiang; the register has the company
     * (with its registration and LEI) and She as a person with a partial date of birth; OFAC lists both,
     * the company without its registration, She with his passport and a Chinese alias.
     */
    private static void loadCompoundCase(GraphConnection graph) {
        var sources = new PartySources(graph);
        sources.str("str-2026-0042.xml")
                .entity(STR_COMPANY, "GOLDEN LOTUS INVESTMENT CO., LTD", "KH")
                .person(STR_PERSON, "SHE Zhijiang", "1982-07-14", "CN")
                .identifier(STR_COMPANY, "REG:KH:00012345")
                .identifier(STR_COMPANY, "PHONE:+85523880880")
                .identifier(STR_PERSON, "PASSPORT:CN:E12345678")
                .load();
        sources.register("BODS", "lotus-register.json")
                .party(
                        BODS_COMPANY,
                        PartyKind.ORGANISATION,
                        Map.of("name", "Golden Lotus Investment Co., Ltd.", "jurisdiction", "KH"),
                        Map.of("aliases", List.of("บริษัท โกลเด้น โลตัส จำกัด")))
                .party(
                        BODS_PERSON,
                        PartyKind.PERSON,
                        Map.of("name", "She Zhijiang", "birthDate", "1982-07"),
                        Map.of("nationalities", List.of("CN", "KH")))
                .identifier(BODS_COMPANY, "REG:KH:00012345")
                .identifier(BODS_COMPANY, "LEI:5493001KJTIIGC8Y1R12")
                .load();
        sources.register("OFAC SDN", "sdn.xml")
                .party(
                        OFAC_PERSON,
                        PartyKind.PERSON,
                        Map.of("name", "Zhijiang SHE", "birthDate", "1982"),
                        Map.of(
                                "aliases",
                                List.of("佘智江"),
                                "datesOfBirth",
                                List.of("1982"),
                                "nationalities",
                                List.of("China", "Cambodia")))
                .party(
                        OFAC_COMPANY,
                        PartyKind.ORGANISATION,
                        Map.of("name", "GOLDEN LOTUS INVESTMENT COMPANY LIMITED"),
                        Map.of())
                .designated(OFAC_PERSON)
                .designated(OFAC_COMPANY)
                .identifier(OFAC_PERSON, "PASSPORT:CN:E12345678")
                .load();
    }

    private static ResolutionSummary resolve(GraphConnection graph, String runId) {
        var lines = new ArrayList<String>();
        var summary = new EntityResolution(graph, ResolutionParameters.DEFAULTS).run(runId, lines::add);
        assertThat(lines).hasSize(3).last().asString().startsWith("wrote ");
        return summary;
    }

    private static Link link(List<Link> links, String a, String b) {
        return links.stream()
                .filter(l -> l.joins(a, b))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no SAME_AS between " + a + " and " + b + " in " + links));
    }

    private static List<Link> links(GraphConnection graph) {
        return graph.query("""
                        MATCH (a:Party)-[s:SAME_AS]->(b:Party)
                        RETURN a.key AS from, b.key AS to, s.score AS score, s.reasons AS reasons, s.status AS status,
                               s.fromSources AS fromSources, s.toSources AS toSources, s.runId AS runId,
                               s.detector AS detector
                        """).execute().records().stream()
                .map(r -> new Link(
                        r.get("from").asString(),
                        r.get("to").asString(),
                        r.get("score").isNull() ? 0 : r.get("score").asDouble(),
                        r.get("reasons").isNull() ? List.of() : r.get("reasons").asList(v -> v.asString()),
                        r.get("status").asString(),
                        r.get("fromSources").isNull()
                                ? List.of()
                                : r.get("fromSources").asList(v -> v.asString()),
                        r.get("toSources").isNull()
                                ? List.of()
                                : r.get("toSources").asList(v -> v.asString()),
                        r.get("runId").isNull() ? "" : r.get("runId").asString(),
                        r.get("detector").isNull() ? "" : r.get("detector").asString()))
                .toList();
    }
}
