package org.flowtrace.analytics.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.flowtrace.analytics.CypherFixture;
import org.flowtrace.analytics.screening.ScreeningAnswer.RiskLevel;
import org.flowtrace.analytics.screening.ScreeningAnswer.WalletExposure;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.testing.Neo4jTest;
import org.junit.jupiter.api.Test;

/**
 * Screening over public sources ({@code fixtures/screening/public-sources.cypher}) and, for the tipping-off
 * firewall, the same with a goAML STR, a ledger and a statement loaded beside them
 * ({@code fixtures/screening/str.cypher}).
 */
@Neo4jTest
class ScreeningIT {

    private static final String COLLECTION = "TRON:TXtjy8D9q7sX3aZRhxHAfUFJsEYTKie8vT";
    private static final String SCAM = "TRON:TS6Vosq65Feu9AyJNhsbpg3CL6DyB5Ny4R";

    /** The questions the firewall test asks with and without the STR. */
    private static final List<ScreeningQuery> QUERIES = List.of(
            ScreeningQuery.name("CHEN Guohao"),
            new ScreeningQuery("Chen Guohao", "CN", "1978-05-20", null, null),
            ScreeningQuery.name("Kittipong Saelim"),
            ScreeningQuery.name("Lotus Star Holdings Ltd"),
            new ScreeningQuery("Customer Three", null, null, "TRON:TCustomer3", null),
            new ScreeningQuery("Customer Four", null, null, "TRON:TCustomer4", null),
            new ScreeningQuery("Customer One", null, null, "TRON:TCustomer1", null),
            new ScreeningQuery("Sok Vannak", "KH", null, null, null));

    @Test
    void a_sanctioned_name_written_in_another_script_is_hit_with_its_reasons(GraphConnection graph) {
        CypherFixture.load(graph, "screening/public-sources.cypher");
        var screening = screening(graph);

        var latin = screening.screen(ScreeningQuery.name("Chen Guo Hao"));
        assertThat(latin.designations()).singleElement().satisfies(hit -> {
            assertThat(hit.party()).isEqualTo("designations:fiu-kh:NG-1");
            assertThat(hit.name()).isEqualTo("陈国豪");
            assertThat(hit.match()).isGreaterThanOrEqualTo(0.9);
            assertThat(hit.matchReasons()).anyMatch(r -> r.startsWith("name 1.00: Chen Guo Hao ~ 陈国豪"));
            assertThat(hit.listings())
                    .extracting(Designation::toString)
                    .containsExactly("FIU-KH Scam Compounds NG-1 (compound operator)");
        });
        assertThat(latin.level()).isEqualTo(RiskLevel.HIGH);
        assertThat(latin.reasons().getFirst())
                .contains("designated: Chen Guo Hao matches 陈国豪 on FIU-KH Scam Compounds NG-1");

        var chinese = screening.screen(new ScreeningQuery("佘智江", "CN", "1982-07", null, null));
        assertThat(chinese.designations())
                .extracting(ScreeningAnswer.DesignationHit::party)
                .containsExactly("ofac-sdn:90001");
        assertThat(chinese.designations().getFirst().matchReasons())
                .anyMatch(r -> r.startsWith("same year of birth 1982"))
                .anyMatch(r -> r.startsWith("same country CN"));
        assertThat(chinese.score()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void a_common_name_with_a_different_date_of_birth_scores_low(GraphConnection graph) {
        CypherFixture.load(graph, "screening/public-sources.cypher");
        var screening = screening(graph);

        var other = screening.screen(new ScreeningQuery("Nguyen Van An", "VN", "1990-01-01", null, null));
        var same = screening.screen(new ScreeningQuery("Nguyễn Văn An", "VN", "1975-03-02", null, null));

        assertThat(other.score()).isLessThan(0.2);
        assertThat(other.level()).isEqualTo(RiskLevel.NONE);
        assertThat(same.score()).isGreaterThanOrEqualTo(0.8);
        assertThat(same.designations().getFirst().matchReasons()).anyMatch(r -> r.startsWith("same date of birth"));
    }

    @Test
    void a_wallet_one_transfer_from_a_tagged_operator_wallet_is_flagged(GraphConnection graph) {
        CypherFixture.load(graph, "screening/public-sources.cypher");
        var screening = screening(graph);

        var one = screening.screen(new ScreeningQuery("Customer One", null, null, "TRON:TCustomer1", null));
        assertThat(one.walletExposures())
                .containsExactly(
                        new WalletExposure(SCAM, "RECEIVED_FROM", 1, List.of("scam: NagaFX deposit wallet"), 0.7));
        assertThat(one.level()).isEqualTo(RiskLevel.MEDIUM);
        assertThat(one.reasons())
                .containsExactly("0.70  wallet TRON:TCustomer1 was paid by " + SCAM
                        + " 1 transfer away (scam: NagaFX deposit wallet)");

        var two = screening.screen(new ScreeningQuery("Customer Two", null, null, "tron:TCustomer2", null));
        assertThat(two.walletExposures())
                .extracting(WalletExposure::wallet, WalletExposure::direction, WalletExposure::hops)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(COLLECTION, "SENT_TO", 2));

        var operator = screening.screen(new ScreeningQuery("Anyone", null, null, COLLECTION, null));
        assertThat(operator.walletExposures().getFirst().direction()).isEqualTo("SAME_WALLET");
        assertThat(operator.score()).isEqualTo(1.0);

        var throughExchange =
                screening.screen(new ScreeningQuery("Customer Three", null, null, "TRON:TCustomer3", null));
        assertThat(throughExchange.walletExposures())
                .as("an exchange's wallet links everybody")
                .isEmpty();
    }

    @Test
    void a_company_owned_by_a_designated_operator_is_linked_through_the_register(GraphConnection graph) {
        CypherFixture.load(graph, "screening/public-sources.cypher");
        var screening = screening(graph);

        var answer = screening.screen(ScreeningQuery.name("Golden Naga Holdings Limited"));

        assertThat(answer.designations()).isEmpty();
        assertThat(answer.ownershipLinks()).singleElement().satisfies(link -> {
            assertThat(link.party()).isEqualTo("bods:record:golden-naga");
            assertThat(link.path())
                    .containsExactly("<-[OWNS 70%]- Lotus Star Holdings Limited", "<-[OWNS 100%]- CHEN Guohao");
            assertThat(link.designatedParty()).isEqualTo("designations:fiu-kh:NG-1");
            assertThat(link.sameAs()).contains("name 1.00: CHEN Guohao ~ 陈国豪");
        });
        assertThat(answer.level()).isEqualTo(RiskLevel.MEDIUM);
    }

    @Test
    void the_answer_is_the_same_whether_or_not_an_str_is_loaded_and_names_nothing_of_it(GraphConnection graph) {
        CypherFixture.load(graph, "screening/public-sources.cypher");
        var before = QUERIES.stream().map(screening(graph)::screen).toList();

        CypherFixture.load(graph, "screening/str.cypher");
        var after = QUERIES.stream().map(screening(graph)::screen).toList();

        assertThat(after).isEqualTo(before);
        for (var answer : after) {
            var shown = answer.toString().replace(answer.query().toString(), "");
            assertThat(shown)
                    .doesNotContainIgnoringCase("SRB-STR")
                    .doesNotContainIgnoringCase("goaml")
                    .doesNotContainIgnoringCase("Kittipong")
                    .doesNotContainIgnoringCase("trafficking")
                    .doesNotContainIgnoringCase("TIP-VICTIM")
                    .doesNotContain("E99887766")
                    .doesNotContain("Sok Vannak")
                    .doesNotContain("ZMKBKHPP")
                    .doesNotContain("TCustomer4");
        }
        var jobs = new java.util.HashSet<>(PublicSources.DEFAULT.jobs());
        jobs.addAll(List.of("goaml", "ledger", "camt053"));
        var leaky = Screening.load(graph, new PublicSources(jobs), ScreeningParameters.DEFAULTS);
        assertThat(QUERIES.stream().map(leaky::screen).toList())
                .as("control: were the STR public, it would show")
                .isNotEqualTo(before);
        var mule = after.get(2);
        assertThat(mule.score()).isZero();
        assertThat(mule.reasons()).isEmpty();
        assertThat(after.get(0).designations())
                .extracting(ScreeningAnswer.DesignationHit::party)
                .containsExactly("designations:fiu-kh:NG-1");
    }

    private static Screening screening(GraphConnection graph) {
        return Screening.load(graph, PublicSources.DEFAULT, ScreeningParameters.DEFAULTS);
    }
}
