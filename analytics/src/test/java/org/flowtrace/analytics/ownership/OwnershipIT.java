package org.flowtrace.analytics.ownership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;
import org.flowtrace.analytics.resolution.EntityResolution;
import org.flowtrace.analytics.resolution.ResolutionParameters;
import org.flowtrace.graph.AmbiguousPartyException;
import org.flowtrace.graph.UnknownPartyException;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.testing.Neo4jTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Beneficial owners and links to operators read from a real Neo4j, over the compound case's register
 * and designations written as the ingest jobs write them, and over small hand-made registers.
 */
@Neo4jTest
class OwnershipIT {

    private static final String MEKONG = "bods:record:flowtrace-compound-case-mekong-bright";
    private static final String SIAM = "bods:record:flowtrace-compound-case-siam-lotus";
    private static final String CHEN = "bods:record:flowtrace-compound-case-chen";
    private static final String OPERATOR = CaseRegister.LIST + "NG-1";

    @Test
    void the_operator_owns_63_73_of_mekong_bright_through_the_cycle_with_every_hop_sourced(GraphConnection graph) {
        new CaseRegister(graph).loadBods();

        var report = new UltimateOwners(graph).of("Mekong Bright Trading Co., Ltd.", OwnershipParameters.DEFAULTS);

        assertThat(report.company().key()).isEqualTo(MEKONG);
        assertThat(report.owners()).singleElement().satisfies(chen -> {
            assertThat(chen.party().key()).isEqualTo(CHEN);
            assertThat(chen.share()).isEqualTo(Share.exact(new BigFraction(63, 73)));
            assertThat(chen.role()).isEqualTo("owner, controls");
            var path = chen.paths().getFirst();
            assertThat(path.hops())
                    .extracting(h -> report.party(h.subject()).name() + " " + h.describe())
                    .containsExactly(
                            "蓮星控股有限公司 owns 100.00 %",
                            "Golden Naga Holdings Ltd owns 70.00 %",
                            "ក្រុមហ៊ុន សួននាគ អភិវឌ្ឍន៍ ឯ.ក owns 90.00 %",
                            "ក្រុមហ៊ុន មេគង្គ ប្រាយ ត្រេឌីង ឯ.ក owns 100.00 %");
            assertThat(path.share()).isEqualTo(Share.exact(new BigFraction(63, 100)));
            assertThat(path.hops())
                    .allSatisfy(h -> assertThat(h.sources())
                            .singleElement()
                            .satisfies(s -> assertThat(s.source()).isEqualTo("file:///case/bods.json")))
                    .extracting(h -> h.sources().getFirst().locator())
                    .containsExactly("/7", "/8", "/9", "/10");
        });
        assertThat(report.unattributed()).isEqualTo(Share.exact(new BigFraction(10, 73)));
        assertThat(report.notes()).anyMatch(n -> n.startsWith("ownership cycle") && n.contains("27.00 % (27/100)"));
    }

    @Test
    void the_truth_paths_of_the_case_are_the_owner_paths_of_its_two_account_holding_companies(GraphConnection graph)
            throws Exception {
        new CaseRegister(graph).loadBods();
        var truth = JsonMapper.builder()
                .build()
                .readTree(getClass().getResourceAsStream(CaseRegister.CASE + "truth.json"))
                .get("beneficialOwnership")
                .get("paths");
        var owners = new UltimateOwners(graph);

        for (var company : List.of(MEKONG, SIAM)) {
            var report = owners.of(company, OwnershipParameters.DEFAULTS);
            var chen = report.owners().stream()
                    .filter(o -> o.party().key().equals(CHEN))
                    .findFirst()
                    .orElseThrow();
            var names = new java.util.ArrayList<String>();
            var hops = chen.paths().getFirst().hops();
            names.add(report.party(hops.getLast().subject()).key());
            for (var hop : hops.reversed()) {
                names.add(report.party(hop.owner()).key());
            }
            assertThat(truth).anySatisfy(path -> assertThat(path.size()).isEqualTo(names.size()));
        }
        var siam = owners.of(SIAM, OwnershipParameters.DEFAULTS);
        assertThat(siam.owners())
                .extracting(o -> o.party().name() + " " + o.share().percent() + " " + o.role())
                .containsExactly(
                        "สมศักดิ์ ทองดี 51.00 % owner, controls, nominee (holds for another)", "陈国豪 46.99 % owner");
    }

    @Test
    void a_name_shared_by_two_parties_is_refused_with_both_keys(GraphConnection graph) {
        var register = new CaseRegister(graph);
        register.loadBods();
        register.load(List.<Object[]>of(new Object[] {"someone", "designations:x:company:MEKONG", 100}));
        graph.query(
                        "MATCH (p:Party {key: 'designations:x:company:MEKONG'}) SET p.name = 'Mekong Bright Trading Co., Ltd.'")
                .execute();

        assertThatThrownBy(() ->
                        new UltimateOwners(graph).of("mekong bright trading co., ltd.", OwnershipParameters.DEFAULTS))
                .isInstanceOf(AmbiguousPartyException.class)
                .hasMessageContaining(MEKONG)
                .hasMessageContaining("designations:x:company:MEKONG");
        assertThatThrownBy(() -> new UltimateOwners(graph).of("No Such Company", OwnershipParameters.DEFAULTS))
                .isInstanceOf(UnknownPartyException.class)
                .hasMessageContaining("no party with key or name 'No Such Company'");
    }

    @Test
    void a_cross_holding_read_from_the_graph_gives_exact_thirds(GraphConnection graph) {
        new CaseRegister(graph)
                .load(List.of(
                        new Object[] {"P", "A", 50},
                        new Object[] {"B", "A", 50},
                        new Object[] {"A", "B", 50},
                        new Object[] {"Q", "B", 50},
                        new Object[] {"D", "A", null}));

        var report = new UltimateOwners(graph).of("A", OwnershipParameters.DEFAULTS);

        assertThat(report.owners())
                .extracting(o -> o.party().key() + " " + o.share().fractions() + " " + o.controls())
                .containsExactly("P 2/3 false", "Q 1/3 false", "D 0 true");
    }

    @Test
    void the_owner_paths_of_the_case_reach_the_designated_operator_with_every_hop(GraphConnection graph) {
        linkedCase(graph);

        var links = new OperatorLinks(graph).from(MEKONG, LinkParameters.DEFAULTS);

        assertThat(links.paths())
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.target().designated()).isTrue());
        var ownership = links.paths().stream()
                .filter(p ->
                        p.hops().stream().filter(h -> h.kind() == LinkKind.OWNS).count() == 4)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no ownership path in " + links.paths()));
        assertThat(ownership.nodes())
                .extracting(LinkNode::key)
                .containsExactly(
                        MEKONG,
                        "bods:record:flowtrace-compound-case-naga-garden",
                        "bods:record:flowtrace-compound-case-golden-naga",
                        "bods:record:flowtrace-compound-case-lotus-star",
                        CHEN,
                        OPERATOR);
        assertThat(ownership.hops())
                .extracting(
                        h -> h.kind() + " " + h.forward() + " " + h.evidence().split(":")[0])
                .containsExactly(
                        "OWNS false owns 100 % (shareholding) since 2025-04-10",
                        "OWNS false owns 90 % (shareholding) since 2020-09-01",
                        "OWNS false owns 70 % (shareholding) since 2020-02-17",
                        "OWNS false owns 100 % (shareholding) since 2019-05-02",
                        "SAME_AS true same party (candidate, score "
                                + ownership
                                        .hops()
                                        .getLast()
                                        .evidence()
                                        .split("score ")[1]
                                        .substring(0, 5) + ", resolution run resolve-1)");
        assertThat(ownership.hops().subList(0, 4))
                .allSatisfy(h -> assertThat(h.sources()).isNotEmpty());
        assertThat(ownership.target().designations())
                .containsExactly("FIU-KH Scam Compounds (fictional) NG-1: compound operator");

        var fromSiam = new OperatorLinks(graph).from(SIAM, LinkParameters.DEFAULTS);
        assertThat(fromSiam.paths())
                .anySatisfy(p -> assertThat(p.nodes())
                        .extracting(LinkNode::key)
                        .containsExactly(
                                SIAM,
                                "bods:record:flowtrace-compound-case-golden-naga",
                                "bods:record:flowtrace-compound-case-lotus-star",
                                CHEN,
                                OPERATOR));
    }

    @Test
    void no_path_is_longer_than_the_hop_limit(GraphConnection graph) {
        linkedCase(graph);

        var four = new OperatorLinks(graph).from(MEKONG, LinkParameters.DEFAULTS.withMaxHops(4));
        var five = new OperatorLinks(graph).from(MEKONG, LinkParameters.DEFAULTS.withMaxHops(5));

        assertThat(four.paths()).allSatisfy(p -> assertThat(p.hops()).hasSizeLessThanOrEqualTo(4));
        assertThat(four.paths())
                .noneMatch(p -> p.target().key().equals(OPERATOR) && p.hops().size() == 5);
        assertThat(five.paths()).anySatisfy(p -> assertThat(p.hops()).hasSize(5));
    }

    @Test
    void paths_are_ranked_by_score_and_a_confirmed_link_beats_a_candidate(GraphConnection graph) {
        linkedCase(graph);
        graph.query("MATCH (:Party {key: $chen})-[s:SAME_AS]-(:Party {key: $operator}) SET s.status = 'CONFIRMED'")
                .withParameters(java.util.Map.of("chen", CHEN, "operator", OPERATOR))
                .execute();

        var links = new OperatorLinks(graph).from(CHEN, LinkParameters.DEFAULTS);

        assertThat(links.paths().getFirst().hops()).singleElement().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(LinkKind.SAME_AS);
            assertThat(h.strength()).isEqualTo(1.0);
            assertThat(h.evidence()).startsWith("same party (confirmed");
        });
        assertThat(links.paths())
                .extracting(OperatorPath::score)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    /** The case's register and designations, and entity resolution's SAME_AS candidates between them. */
    private static void linkedCase(GraphConnection graph) {
        var register = new CaseRegister(graph);
        register.loadBods();
        register.loadDesignations();
        new EntityResolution(graph, ResolutionParameters.DEFAULTS).run("resolve-1", line -> {});
    }
}
