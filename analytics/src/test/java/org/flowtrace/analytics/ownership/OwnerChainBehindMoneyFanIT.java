package org.flowtrace.analytics.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import org.flowtrace.analytics.CypherFixture;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.testing.Neo4jTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A front account whose money fan is wider than the node limit, read from a real Neo4j
 * ({@code fixtures/ownership/owner-chain-behind-money-fan.cypher}): the seven-hop chain of holder, register
 * record, three holdings and operator is read before the fan, so the limit cuts off counterparties, not the
 * operator.
 */
@Neo4jTest
class OwnerChainBehindMoneyFanIT {

    private static final String FRONT = "00010:FAN";
    private static final LinkParameters LIMITED = new LinkParameters(8, 10, 0.8, 300, 200, 1_000);

    @BeforeEach
    void load(GraphConnection graph) {
        CypherFixture.load(graph, "ownership/owner-chain-behind-money-fan.cypher");
    }

    @Test
    void the_owner_chain_is_read_to_the_operator_before_the_money_fan_fills_the_node_limit(GraphConnection graph) {
        var report = new OperatorLinks(graph).from(FRONT, LIMITED);

        assertThat(report.notes()).anyMatch(n -> n.startsWith("the search stopped at 300 nodes"));
        assertThat(report.paths()).singleElement().satisfies(path -> {
            assertThat(path.target().key()).isEqualTo("designations:fiu:GC-07");
            assertThat(path.hops())
                    .extracting(LinkHop::kind)
                    .containsExactly(
                            LinkKind.HOLDS,
                            LinkKind.SAME_AS,
                            LinkKind.OWNS,
                            LinkKind.OWNS,
                            LinkKind.OWNS,
                            LinkKind.OWNS,
                            LinkKind.SAME_AS);
            assertThat(path.hops().get(4).evidence()).startsWith("owns 51 %");
        });
    }

    @Test
    void without_a_limit_in_reach_the_whole_fan_is_read_and_the_same_path_found(GraphConnection graph) {
        var report = new OperatorLinks(graph).from(FRONT, LIMITED.withMaxPaths(5));
        var unlimited = new OperatorLinks(graph).from(FRONT, LinkParameters.DEFAULTS);

        assertThat(unlimited.notes()).noneMatch(n -> n.startsWith("the search stopped"));
        assertThat(unlimited.nodesExplored()).isGreaterThan(420);
        assertThat(unlimited.paths())
                .extracting(p -> p.nodes().stream().map(LinkNode::key).toList())
                .isEqualTo(report.paths().stream()
                        .map(p -> p.nodes().stream().map(LinkNode::key).toList())
                        .toList());
    }
}
