package org.flowtrace.analytics.ownership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import org.flowtrace.analytics.CypherFixture;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.testing.Neo4jTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Exchanges and hubs on the way from a front company's account, read from a real Neo4j
 * ({@code fixtures/ownership/front-company-behind-hubs.cypher}): an exchange's custodial wallet and an
 * account with more transfers than {@link LinkParameters#maxDegree()} are reported and not searched
 * through, while the link through the front company to its operator is found with every hop's evidence.
 */
@Neo4jTest
class OperatorLinkStopsIT {

    private static final String FRONT = "00010:FRONT";
    private static final String OPERATOR = "designations:fiu:GC-01";
    private static final String OTHER_OPERATOR = "designations:fiu:GC-02";

    @BeforeEach
    void load(GraphConnection graph) {
        CypherFixture.load(graph, "ownership/front-company-behind-hubs.cypher");
    }

    @Test
    void
            the_hub_and_the_exchange_wallet_are_not_searched_through_yet_the_front_company_links_the_account_to_its_operator(
                    GraphConnection graph) {
        var report = new OperatorLinks(graph).from(FRONT, LinkParameters.DEFAULTS.withMaxDegree(5));

        assertThat(report.paths()).singleElement().satisfies(path -> {
            assertThat(path.nodes())
                    .extracting(LinkNode::key)
                    .containsExactly(
                            FRONT,
                            "org:REG:KH:1",
                            "bods:record:lotus-front",
                            "bods:record:naga-holdings",
                            "bods:record:boss-chen",
                            OPERATOR);
            assertThat(path.hops())
                    .extracting(LinkHop::kind)
                    .containsExactly(LinkKind.HOLDS, LinkKind.SAME_AS, LinkKind.OWNS, LinkKind.OWNS, LinkKind.SAME_AS);
            assertThat(path.hops().get(2).evidence()).isEqualTo("owns 100 % (shareholding) since 2024-01-02");
            assertThat(path.hops().get(2).sources())
                    .singleElement()
                    .satisfies(
                            s -> assertThat(s.source() + " " + s.locator()).isEqualTo("file:///evidence/bods.json /4"));
            assertThat(path.score()).isCloseTo(Math.pow(OperatorLinks.HOP, 5), offset(1e-9));
        });
        assertThat(report.stops())
                .extracting(s -> s.node().key() + " " + s.transfers() + " " + s.reason())
                .containsExactly("00010:EXCH 7 hub: more than 5 transfers", "TRON:TExch 2 exchange (custodial wallet)");
        assertThat(report.notes()).contains("2 exchanges and hubs reached were not searched through");
        assertThat(report.nodesExplored())
                .as("the exchange's other customers are never read")
                .isEqualTo(9);
    }

    @Test
    void below_the_threshold_the_busy_account_is_searched_through_and_its_money_flows_come_with_their_transfers(
            GraphConnection graph) {
        var report = new OperatorLinks(graph).from(FRONT, LinkParameters.DEFAULTS);

        assertThat(report.paths())
                .extracting(p -> p.target().key() + " " + p.hops().size())
                .containsExactly(OPERATOR + " 5", OTHER_OPERATOR + " 3");
        var throughTheExchange = report.paths().get(1);
        assertThat(throughTheExchange.nodes())
                .extracting(LinkNode::key)
                .containsExactly(FRONT, "00010:EXCH", "00020:OTHER", OTHER_OPERATOR);
        assertThat(throughTheExchange.hops().getFirst()).satisfies(hop -> {
            assertThat(hop.kind()).isEqualTo(LinkKind.TRANSFER);
            assertThat(hop.forward()).isTrue();
            assertThat(hop.evidence())
                    .startsWith("1 transfer: 900.00 USD at 2026-03-02T08:00")
                    .endsWith("(ledger:1)");
            assertThat(hop.sources())
                    .singleElement()
                    .satisfies(s ->
                            assertThat(s.source() + " " + s.locator()).isEqualTo("file:///evidence/ledger.csv line 2"));
        });
        assertThat(throughTheExchange.hops().get(1).evidence()).startsWith("1 transfer: 850.00 USD");
        assertThat(report.stops())
                .extracting(s -> s.node().key())
                .as("an exchange's custodial wallet is a stop whatever its transfers")
                .containsExactly("TRON:TExch");
    }

    @Test
    void a_hub_as_the_start_is_searched_through(GraphConnection graph) {
        var report = new OperatorLinks(graph).from("00010:EXCH", LinkParameters.DEFAULTS.withMaxDegree(5));

        assertThat(report.paths())
                .extracting(p -> p.target().key() + " " + p.hops().size())
                .containsExactly(OTHER_OPERATOR + " 2", OPERATOR + " 6");
        assertThat(report.stops())
                .extracting(s -> s.node().key())
                .as("the start is no stop, the exchange wallet behind the front company is")
                .containsExactly("TRON:TExch");
    }
}
