package org.flowtrace.graph.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.testing.Neo4jTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@Neo4jTest
class ElementSearchIT {

    private final ElementSearch search;

    ElementSearchIT(GraphConnection graph) {
        this.search = new ElementSearch(graph);
    }

    @BeforeEach
    void write_the_case(GraphConnection graph) {
        ExploreFixture.write(graph);
    }

    @Test
    void finds_a_party_by_part_of_its_name_in_any_case() {
        var page = search.search("SOK", null, 0, 20);

        assertThat(page.items())
                .extracting(SearchHit::kind, SearchHit::key, SearchHit::label, SearchHit::detail)
                .containsExactly(tuple(ElementKind.PARTY, ExploreFixture.PARTY, "Sok Dara", "person"));
        assertThat(page.total()).isEqualTo(1);
    }

    @Test
    void finds_a_party_by_its_alias_and_says_the_alias_matched() {
        assertThat(search.search("dara s.", null, 0, 20).items())
                .extracting(SearchHit::key, SearchHit::detail)
                .containsExactly(tuple(ExploreFixture.PARTY, "alias Dara S."));
    }

    @Test
    void finds_a_party_by_the_value_of_a_linked_identifier() {
        assertThat(search.search("n1234567", null, 0, 20).items())
                .extracting(SearchHit::kind, SearchHit::key, SearchHit::detail)
                .containsExactly(tuple(ElementKind.PARTY, ExploreFixture.PARTY, "identifier N1234567"));
    }

    @Test
    void ranks_an_exact_account_number_before_a_number_it_prefixes() {
        assertThat(search.search("1001", ElementKind.ACCOUNT, 0, 20).items())
                .extracting(SearchHit::key)
                .containsExactly("BANKKHPP:1001", "BANKKHPP:10010");
    }

    @Test
    void finds_a_tron_wallet_by_its_address_in_another_case_and_an_evm_wallet_by_its_checksum_spelling() {
        assertThat(search.search("tmulevictim", null, 0, 20).items())
                .extracting(SearchHit::kind, SearchHit::key, SearchHit::detail)
                .containsExactly(tuple(ElementKind.WALLET, ExploreFixture.W1.key(), "TRON"));
        assertThat(search.search("0xAbCdEf00", null, 0, 20).items())
                .extracting(SearchHit::key)
                .containsExactly(ExploreFixture.W2.key());
    }

    @Test
    void finds_a_transfer_by_its_exact_id_only() {
        assertThat(search.search("ledger:t4", null, 0, 20).items())
                .extracting(SearchHit::kind, SearchHit::key, SearchHit::detail)
                .containsExactly(
                        tuple(ElementKind.TRANSFER, "ledger:t4", "1000.00 USD BANKKHPP:1001 -> BANKTHBK:3003"));
        assertThat(search.search("ledger:t", null, 0, 20).items()).isEmpty();
    }

    @Test
    void finds_a_report_by_part_of_its_key() {
        assertThat(search.search("R-1", ElementKind.REPORT, 0, 20).items())
                .extracting(SearchHit::key, SearchHit::detail)
                .containsExactly(tuple(ExploreFixture.REPORT, "STR"));
    }

    @Test
    void a_kind_restricts_the_hits_to_that_kind() {
        assertThat(search.search("sok dara", ElementKind.ACCOUNT, 0, 20).items())
                .isEmpty();
        assertThat(search.search("bank", ElementKind.WALLET, 0, 20).items()).isEmpty();
        assertThat(search.search("bank", ElementKind.FINDING, 0, 20).total()).isZero();
    }

    @Test
    void pages_through_hits_in_a_stable_order_and_counts_them_all() {
        var first = search.search("bankkhpp", null, 0, 2);
        var second = search.search("bankkhpp", null, 1, 2);

        assertThat(first.total()).isEqualTo(3);
        assertThat(first.items()).extracting(SearchHit::key).containsExactly("BANKKHPP:1001", "BANKKHPP:10010");
        assertThat(second.items()).extracting(SearchHit::key).containsExactly("BANKKHPP:2002");
        assertThat(search.search("bankkhpp", null, 5, 2).items()).isEmpty();
    }

    @Test
    void a_search_text_holding_cypher_finds_nothing_and_deletes_nothing(GraphConnection graph) {
        long before = ExploreFixture.nodeCount(graph);

        var page = search.search("') MATCH (n) DETACH DELETE n //", null, 0, 20);

        assertThat(page.items()).isEmpty();
        assertThat(page.total()).isZero();
        assertThat(ExploreFixture.nodeCount(graph)).isEqualTo(before).isGreaterThan(10);
    }

    @Test
    void refuses_blank_or_long_text_a_negative_page_and_a_size_out_of_range() {
        assertThatThrownBy(() -> search.search("  ", null, 0, 20)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> search.search("x".repeat(201), null, 0, 20))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> search.search("sok", null, -1, 20)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> search.search("sok", null, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> search.search("sok", null, 0, 101)).isInstanceOf(IllegalArgumentException.class);
        assertThat(search.search("x".repeat(200), null, 0, 100).total()).isZero();
    }
}
