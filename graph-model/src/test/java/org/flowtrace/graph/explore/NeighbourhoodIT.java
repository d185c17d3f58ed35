package org.flowtrace.graph.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.testing.Neo4jTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@Neo4jTest
class NeighbourhoodIT {

    private static final String A = "account:BANKKHPP:1001";
    private static final String B = "account:BANKKHPP:2002";
    private static final String C = "account:BANKTHBK:3003";
    private static final String W1 = "wallet:" + ExploreFixture.W1.key();
    private static final String W2 = "wallet:" + ExploreFixture.W2.key();
    private static final String PARTY = "party:" + ExploreFixture.PARTY;

    private final Neighbourhood neighbourhood;

    NeighbourhoodIT(GraphConnection graph) {
        this.neighbourhood = new Neighbourhood(graph);
    }

    @BeforeEach
    void write_the_case(GraphConnection graph) {
        ExploreFixture.write(graph);
    }

    @Test
    void transfers_one_way_between_two_ends_become_one_edge_with_their_count_exact_usd_total_and_times() {
        var graph = neighbourhood.around(ElementKind.ACCOUNT, ExploreFixture.A.key(), NeighbourFilter.all(50));

        assertThat(graph.edges())
                .filteredOn(e -> e.type().equals("TRANSFER"))
                .extracting(
                        GraphEdge::source,
                        GraphEdge::target,
                        GraphEdge::count,
                        GraphEdge::totalUsd,
                        GraphEdge::first,
                        GraphEdge::last)
                .containsExactlyInAnyOrder(
                        tuple(A, C, 1L, "1000.00", at("2026-03-05"), at("2026-03-05")),
                        tuple(A, B, 2L, "150.25", at("2026-03-01"), at("2026-03-02")),
                        tuple(B, A, 1L, "10.00", at("2026-03-03"), at("2026-03-03")),
                        tuple(A, W1, 1L, null, at("2026-03-04"), at("2026-03-04")));
        assertThat(graph.truncated()).isFalse();
    }

    @Test
    void other_relationships_are_edges_of_their_type_and_neighbours_rank_by_usd_total_after_the_centre() {
        var graph = neighbourhood.around(ElementKind.ACCOUNT, ExploreFixture.A.key(), NeighbourFilter.all(50));

        assertThat(graph.nodes().getFirst().id()).isEqualTo(A);
        assertThat(graph.nodes())
                .extracting(GraphNode::id)
                .startsWith(A, C, B, W1)
                .contains(PARTY);
        assertThat(graph.edges())
                .filteredOn(e -> !e.type().equals("TRANSFER"))
                .extracting(GraphEdge::type, GraphEdge::target, GraphEdge::count, GraphEdge::totalUsd)
                .containsExactlyInAnyOrder(tuple("HOLDS", A, 1L, null), tuple("INVOLVES", A, 1L, null));
        assertThat(graph.nodes())
                .filteredOn(n -> n.id().equals(PARTY))
                .extracting(GraphNode::kind, GraphNode::label)
                .containsExactly(tuple(ElementKind.PARTY, "Sok Dara"));
    }

    @Test
    void keeps_the_neighbours_with_the_largest_usd_total_and_says_it_left_others_out() {
        var graph = neighbourhood.around(ElementKind.ACCOUNT, ExploreFixture.A.key(), NeighbourFilter.all(2));

        assertThat(graph.nodes()).extracting(GraphNode::id).containsExactly(A, C, B);
        assertThat(graph.edges())
                .extracting(GraphEdge::id)
                .containsExactlyInAnyOrder(
                        "TRANSFER:" + A + "->" + C, "TRANSFER:" + A + "->" + B, "TRANSFER:" + B + "->" + A);
        assertThat(graph.truncated()).isTrue();
    }

    @Test
    void a_time_window_counts_only_the_transfers_within_it() {
        var filter = new NeighbourFilter(
                Instant.parse("2026-03-02T00:00:00Z"), Instant.parse("2026-03-04T23:59:59Z"), null, 50);

        var graph = neighbourhood.around(ElementKind.ACCOUNT, ExploreFixture.A.key(), filter);

        assertThat(graph.edges())
                .filteredOn(e -> e.type().equals("TRANSFER"))
                .extracting(GraphEdge::source, GraphEdge::target, GraphEdge::count, GraphEdge::totalUsd)
                .containsExactlyInAnyOrder(tuple(A, B, 1L, "50.25"), tuple(B, A, 1L, "10.00"), tuple(A, W1, 1L, null));
    }

    @Test
    void a_usd_floor_leaves_out_smaller_transfers_and_those_without_a_usd_value() {
        var filter = new NeighbourFilter(null, null, new BigDecimal("60"), 50);

        var graph = neighbourhood.around(ElementKind.ACCOUNT, ExploreFixture.A.key(), filter);

        assertThat(graph.edges())
                .filteredOn(e -> e.type().equals("TRANSFER"))
                .extracting(GraphEdge::source, GraphEdge::target, GraphEdge::count, GraphEdge::totalUsd)
                .containsExactlyInAnyOrder(tuple(A, C, 1L, "1000.00"), tuple(A, B, 1L, "100.00"));
        assertThat(graph.nodes()).extracting(GraphNode::id).doesNotContain(W1);
    }

    @Test
    void marks_possible_victims_designated_and_flagged_nodes() {
        var graph = neighbourhood.around(ElementKind.WALLET, ExploreFixture.W1.key(), NeighbourFilter.all(50));

        assertThat(graph.nodes())
                .extracting(GraphNode::id, GraphNode::risk)
                .contains(tuple(W1, "victim"), tuple(W2, "designated"), tuple(A, "flagged"));
        assertThat(graph.nodes())
                .filteredOn(n -> n.kind() == ElementKind.FINDING)
                .extracting(GraphNode::label)
                .containsExactlyInAnyOrder("FAN_OUT", "POSSIBLE_TRAFFICKING_VICTIM");
        var party = neighbourhood.around(ElementKind.PARTY, ExploreFixture.PARTY, NeighbourFilter.all(50));
        assertThat(party.nodes())
                .extracting(GraphNode::id, GraphNode::risk)
                .containsExactly(
                        tuple(PARTY, "none"),
                        tuple(A, "flagged"),
                        tuple("identifier:PASSPORT:KH:N1234567", "none"),
                        tuple("report:" + ExploreFixture.REPORT, "none"));
    }

    @Test
    void a_designated_wallet_links_to_its_designation() {
        var graph = neighbourhood.around(ElementKind.WALLET, ExploreFixture.W2.key(), NeighbourFilter.all(50));

        assertThat(graph.edges())
                .extracting(GraphEdge::type, GraphEdge::source, GraphEdge::target, GraphEdge::totalUsd)
                .containsExactlyInAnyOrder(
                        tuple("TRANSFER", W1, W2, "3.10"), tuple("DESIGNATED_BY", W2, "designation:ofac-sdn:1", null));
    }

    @Test
    void a_transfer_shows_its_two_ends_and_itself() {
        var graph = neighbourhood.around(ElementKind.TRANSFER, "ledger:t4", NeighbourFilter.all(50));

        assertThat(graph.nodes()).extracting(GraphNode::id).containsExactly(A, C);
        assertThat(graph.edges())
                .extracting(GraphEdge::source, GraphEdge::target, GraphEdge::count, GraphEdge::totalUsd)
                .containsExactly(tuple(A, C, 1L, "1000.00"));
    }

    @Test
    void an_unknown_element_has_no_neighbourhood() {
        var graph = neighbourhood.around(ElementKind.ACCOUNT, "NOBANK:1", NeighbourFilter.all(50));

        assertThat(graph.nodes()).isEmpty();
        assertThat(graph.edges()).isEmpty();
    }

    @Test
    void refuses_a_limit_out_of_range_a_reversed_window_and_a_negative_floor() {
        assertThatThrownBy(() -> NeighbourFilter.all(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NeighbourFilter.all(201)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NeighbourFilter(at("2026-03-02"), at("2026-03-01"), null, 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NeighbourFilter(null, null, new BigDecimal("-1"), 10))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Instant at(String day) {
        return Instant.parse(day + "T09:00:00Z");
    }
}
