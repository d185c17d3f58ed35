package org.flowtrace.analytics.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Objects;
import org.flowtrace.analytics.CypherFixture;
import org.flowtrace.analytics.cases.PredicateOffence.Element;
import org.flowtrace.analytics.screening.PublicSources;
import org.flowtrace.analytics.screening.Screening;
import org.flowtrace.analytics.screening.ScreeningParameters;
import org.flowtrace.analytics.screening.ScreeningQuery;
import org.flowtrace.graph.UnknownPartyException;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.testing.Neo4jTest;
import org.junit.jupiter.api.Test;

/** Cases built on {@code fixtures/cases/ransom-case.cypher}: a ransom, its operator, an STR, a register, and a far-away finding. */
@Neo4jTest
class CaseBuilderIT {

    private static final String RANSOM_WALLET = "TRON:TRansom";

    @Test
    void gathers_the_findings_traces_reports_links_and_designations_around_the_start_and_nothing_far_away(
            GraphConnection graph) {
        load(graph);

        var contents = build(graph, "ransom", RANSOM_WALLET);

        assertThat(keys(contents, FactKind.FINDING)).containsExactly("ransom-payment:0001");
        assertThat(keys(contents, FactKind.TRANSFER))
                .as("the ransom, its outflow, the cash-out the forward trace reaches, the scam money that joined it")
                .contains("TRON:t1", "TRON:t2", "TRON:t3")
                .doesNotContain("TRON:t9");
        assertThat(keys(contents, FactKind.WALLET)).doesNotContain("TRON:TFar1", "TRON:TFar2");
        assertThat(keys(contents, FactKind.REPORT)).containsExactly("goaml:6620:STR-1");
        assertThat(keys(contents, FactKind.PERSON))
                .contains(
                        "designations:fiu-kh:NG-1",
                        "person:PASSPORT:CN:E1",
                        "goaml:6620:STR-1:/activity/victim",
                        "bods:record:chen");
        assertThat(keys(contents, FactKind.DESIGNATION)).containsExactly("designation:designations:fiu-kh:NG-1");
        assertThat(keys(contents, FactKind.OWNS)).containsExactly("bods:s3#0");
        assertThat(contents.traces()).anyMatch(t -> t.startsWith("forward libr from TRON:TRansom"));
        assertThat(contents.victims()).containsExactly("goaml:6620:STR-1:/activity/victim");
        assertThat(contents.timeline())
                .isSortedAccordingTo(java.util.Comparator.comparing(f -> Objects.requireNonNull(f.at())));
    }

    @Test
    void every_fact_carries_its_source_record_and_checksum(GraphConnection graph) {
        load(graph);

        var contents = build(graph, "ransom", RANSOM_WALLET);

        assertThat(contents.facts())
                .isNotEmpty()
                .allSatisfy(fact -> assertThat(fact.sources())
                        .as(fact.key())
                        .isNotEmpty()
                        .allSatisfy(source -> {
                            assertThat(source.sha256()).isNotBlank();
                            assertThat(source.locator()).isNotBlank();
                            assertThat(source.source()).startsWith("file:///evidence/");
                        }));
        var finding = contents.fact("ransom-payment:0001").orElseThrow();
        assertThat(finding.sources())
                .as("a finding carries the sources of its evidence transfers")
                .extracting(s -> s.locator())
                .containsExactlyInAnyOrder("event 1", "event 2");
    }

    @Test
    void ransom_evidence_supports_extortion_and_illegal_restraint_and_the_str_victim_supports_trafficking(
            GraphConnection graph) {
        load(graph);

        var contents = build(graph, "ransom", RANSOM_WALLET);

        assertThat(contents.evidence(PredicateOffence.EXTORTION))
                .extracting(EvidenceItem::fact)
                .contains("ransom-payment:0001", "TRON:t1", "goaml:6620:STR-1");
        assertThat(contents.evidence(PredicateOffence.ILLEGAL_RESTRAINT))
                .extracting(EvidenceItem::supports, EvidenceItem::fact)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(
                                Element.RESTRAINT_RELEASE_FOR_PAYMENT, "ransom-payment:0001"),
                        org.assertj.core.groups.Tuple.tuple(Element.RESTRAINT_HELD, "goaml:6620:STR-1"));
        assertThat(contents.evidence(PredicateOffence.TRAFFICKING_IN_PERSONS))
                .extracting(EvidenceItem::supports, EvidenceItem::fact)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(Element.TIP_VICTIM, "goaml:6620:STR-1:/activity/victim"),
                        org.assertj.core.groups.Tuple.tuple(Element.TIP_ACT, "designation:designations:fiu-kh:NG-1"));
        assertThat(contents.evidence(PredicateOffence.MONEY_LAUNDERING))
                .extracting(EvidenceItem::supports, EvidenceItem::fact)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(Element.ML_CASH_OUT, "TRON:t3"),
                        org.assertj.core.groups.Tuple.tuple(Element.ML_CONCEALMENT, "bods:s3#0"),
                        org.assertj.core.groups.Tuple.tuple(Element.ML_REPORTED, "goaml:6620:STR-1"));
    }

    @Test
    void rebuilding_a_case_replaces_its_contents_and_keeps_one_case_node(GraphConnection graph) {
        load(graph);
        var first = build(graph, "ransom", RANSOM_WALLET);

        var again = build(graph, "ransom", RANSOM_WALLET);
        assertThat(again.facts())
                .extracting(CaseFact::key)
                .containsExactlyElementsOf(
                        first.facts().stream().map(CaseFact::key).toList());
        assertThat(again.createdAt()).isEqualTo(first.createdAt());

        var elsewhere = build(graph, "ransom", "TRON:TFar1");
        assertThat(keys(elsewhere, FactKind.FINDING)).containsExactly("peel-chain:0009");
        assertThat(keys(elsewhere, FactKind.WALLET)).containsExactlyInAnyOrder("TRON:TFar1", "TRON:TFar2");
        assertThat(count(graph, "MATCH (c:Case) RETURN count(c) AS n")).isEqualTo(1);
        assertThat(count(graph, "MATCH (:Case {key: 'ransom'})-[i:INCLUDES]->() RETURN count(i) AS n"))
                .isEqualTo(3); // the finding and its two wallets
        assertThat(new CaseReader(graph).read("ransom").start()).isEqualTo("TRON:TFar1");
    }

    @Test
    void a_case_starts_from_a_finding_or_a_party_name_and_an_unknown_start_is_refused(GraphConnection graph) {
        load(graph);

        var fromFinding = build(graph, "from-finding", "ransom-payment:0001");
        assertThat(keys(fromFinding, FactKind.WALLET)).contains("TRON:TFamily", RANSOM_WALLET);
        var fromName = build(graph, "from-name", "Lotus Star Holdings Limited");
        assertThat(fromName.start()).isEqualTo("bods:record:lotus");
        assertThat(keys(fromName, FactKind.OWNS)).containsExactly("bods:s3#0");

        assertThatThrownBy(() -> build(graph, "nothing", "Nobody At All")).isInstanceOf(UnknownPartyException.class);
        assertThatThrownBy(() -> new CaseReader(graph).read("never-built"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no case named 'never-built'");
    }

    @Test
    void screening_never_reads_a_case(GraphConnection graph) {
        load(graph);
        var queries = List.of(
                ScreeningQuery.name("CHEN Guohao"),
                ScreeningQuery.name("Trần Văn Hùng"),
                new ScreeningQuery("Family", null, null, "TRON:TFamily", null),
                new ScreeningQuery("Ransom", null, null, RANSOM_WALLET, null));
        var before = screen(graph, queries);

        build(graph, "ransom", RANSOM_WALLET);

        assertThat(screen(graph, queries)).isEqualTo(before);
        assertThat(count(graph, "MATCH (c:Case) WHERE c.prov IS NOT NULL RETURN count(c) AS n"))
                .as("a case carries no provenance, so the firewall never makes it visible")
                .isZero();
        assertThat(count(graph, "MATCH ()-[i:INCLUDES]->() WHERE i.prov IS NOT NULL RETURN count(i) AS n"))
                .isZero();
    }

    private static List<String> screen(GraphConnection graph, List<ScreeningQuery> queries) {
        var screening = Screening.load(graph, PublicSources.DEFAULT, ScreeningParameters.DEFAULTS);
        return queries.stream().map(q -> screening.screen(q).toString()).toList();
    }

    private static CaseContents build(GraphConnection graph, String name, String from) {
        return new CaseBuilder(graph).build(name, from, "analyst-1", CaseParameters.DEFAULTS);
    }

    private static List<String> keys(CaseContents contents, FactKind kind) {
        return contents.facts().stream()
                .filter(f -> f.kind() == kind)
                .map(CaseFact::key)
                .toList();
    }

    private static long count(GraphConnection graph, String cypher) {
        return graph.readQuery(cypher).execute().records().getFirst().get("n").asLong();
    }

    private static void load(GraphConnection graph) {
        CypherFixture.load(graph, "cases/ransom-case.cypher");
    }
}
