package org.flowtrace.analytics.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.flowtrace.analytics.tracing.TraceGraph.account;
import static org.flowtrace.analytics.tracing.TraceGraph.tron;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.model.Asset;
import org.flowtrace.graph.model.Chain;
import org.flowtrace.graph.model.Endpoint;
import org.flowtrace.graph.model.WalletRef;
import org.flowtrace.graph.testing.Neo4jTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Tracing and restitution against a real Neo4j: the compound case's truth, cross-rail links, both directions. */
@Neo4jTest
class TracingIT {

    private static final String COLLECTION = "TXtjy8D9q7sX3aZRhxHAfUFJsEYTKie8vT";
    private static final String KAPOK = "TLQn7o8Zg6h9jk5XcHHiJCjqRZNXCzjfGa";

    @Test
    void restitution_from_the_frozen_mule_account_of_the_compound_case_equals_truth_json_for_every_victim_and_rule(
            GraphConnection graph) throws Exception {
        JsonNode truth;
        try (var in = getClass().getResourceAsStream("/ledgers/compound-case/truth.json")) {
            truth = JsonMapper.builder().build().readTree(in);
        }
        var fixture = new TraceGraph();
        for (var t : truth.get("transfers")) {
            fixture.pay(
                    t.get("id").asString(),
                    endpoint(t.get("from").asString()),
                    endpoint(t.get("to").asString()),
                    t.get("amount").asString(),
                    asset(t.get("asset").asString()),
                    t.get("at").asString());
        }
        fixture.write(graph);
        var restitution = truth.get("restitution");
        var victims = new ArrayList<VictimPayment>();
        restitution
                .get("victims")
                .forEach(v -> victims.add(new VictimPayment(
                        v.get("victim").asString(),
                        v.get("name").asString(),
                        v.get("transfer").asString())));
        var frozen = new RecoveredAsset(
                restitution.get("account").asString(),
                restitution.get("frozen").asString() + " USD",
                new BigDecimal(restitution.get("frozen").asString()),
                Instant.parse(restitution.get("frozenAt").asString()));

        for (var rule : TaintAllocator.all()) {
            var schedule = new Restitution(graph).schedule(victims, List.of(frozen), rule, 6, null);
            for (var v : restitution.get("victims")) {
                var total = schedule.victims().stream()
                        .filter(x -> x.victim().equals(v.get("victim").asString()))
                        .findFirst()
                        .orElseThrow();
                assertThat(total.paidIn().toPlainString())
                        .isEqualTo(v.get("paidIn").asString());
                assertThat(total.awarded().toPlainString())
                        .as(rule.name() + " " + total.victim())
                        .isEqualTo(v.get("restitution").get(rule.name()).asString());
            }
            assertThat(schedule.endpoints()).singleElement().satisfies(e -> {
                assertThat(e.remainder().toPlainString())
                        .as(rule.name() + " account holder's clean funds")
                        .isEqualTo(restitution
                                .get("accountHolderCleanFunds")
                                .get(rule.name())
                                .asString());
                assertThat(e.freezable()).anyMatch(r -> r.startsWith("bank account: freeze order to ZMKBKHPP"));
            });
        }
    }

    @Test
    void forward_trace_crosses_from_a_bank_account_to_the_wallet_its_holder_controls_and_ends_at_an_exchange(
            GraphConnection graph) {
        new TraceGraph()
                .pay(
                        "v1",
                        account("ZVICBANK:1"),
                        account("ZMKBKHPP:MULE"),
                        "5000.00",
                        Asset.USD,
                        "2026-03-01T10:00:00Z")
                .pay(
                        "c1",
                        account("ZEMPLOYR:9"),
                        account("ZMKBKHPP:MULE"),
                        "1000.00",
                        Asset.USD,
                        "2026-03-01T09:00:00Z")
                .pay(
                        "m1",
                        account("ZMKBKHPP:MULE"),
                        account("ZMKBKHPP:OTC"),
                        "4000.00",
                        Asset.USD,
                        "2026-03-02T10:00:00Z")
                .pay(
                        "w1",
                        tron(COLLECTION),
                        tron(KAPOK),
                        "3990.000000",
                        TraceGraph.USDT_TRON,
                        "2026-03-03T10:00:00Z",
                        "3980.000000")
                .write(graph);
        TraceGraph.cypher(graph, """
                MERGE (p:Party:Organisation {key: 'test:otc-desk'}) SET p.name = 'OTC desk'
                WITH p MATCH (a:Account {key: 'ZMKBKHPP:OTC'}), (w:Wallet {key: $wallet})
                MERGE (p)-[:HOLDS]->(a) MERGE (p)-[:CONTROLS_WALLET]->(w)
                """, Map.of("wallet", "TRON:" + COLLECTION));
        TraceGraph.cypher(graph, """
                MATCH (w:Wallet {key: $wallet}) SET w.custodial = true
                MERGE (t:Tag {key: 'test:kapok'}) SET t.label = 'Kapok Exchange deposit address', t.category = 'exchange'
                MERGE (w)-[:TAGGED]->(t)
                """, Map.of("wallet", "TRON:" + KAPOK));

        var result = new Tracer(graph)
                .trace(new TraceRequest("v1", TraceRequest.Direction.FORWARD, new FifoAllocator(), 6, null));

        assertThat(result.hops())
                .extracting(h ->
                        h.depth() + " " + h.transferId() + " " + h.allocated().toPlainString())
                .containsExactly("1 v1 5000.00", "2 m1 3000.00", "3 w1 2990.00");
        // FIFO: the employer's 1,000 left the mule first, so 3,000 of the victim's money reached the OTC desk
        // after 1,000 of clean money; the wallet the desk's owner controls spends that clean 1,000 first
        assertThat(result.hops().get(1).step())
                .isEqualTo("FIFO, oldest money first: 3,000.00 of the credit v1 of 2026-03-01 (2,000.00 of it left)");
        assertThat(result.links()).singleElement().asString().contains("test:otc-desk");
        assertThat(result.endpoints())
                .extracting(e -> e.pool() + " " + e.tracedTotal(true).toPlainString() + " " + e.why())
                .containsExactlyInAnyOrder(
                        "ZMKBKHPP:MULE 2000.00 balance at the end of the evidence",
                        "TRON:" + COLLECTION + " 10.00 balance at the end of the evidence", // the desk's pool
                        "TRON:" + KAPOK + " 2982.51 exchange: not followed through its own wallets");
        var kapok = result.endpoints().stream()
                .filter(e -> e.pool().equals("TRON:" + KAPOK))
                .findFirst()
                .orElseThrow();
        assertThat(kapok.freezable())
                .containsExactly(
                        "exchange deposit address (Kapok Exchange deposit address): freeze request to the exchange",
                        "token issuer can blacklist this wallet: Tether (USDT on TRON)");
        // the fee of 10 USDT: 3,990 left the wallet, 3,980 arrived; the traced 2,990 pays 7.49 of it
        // (10.00 × 2,990 / 3,990 = 7.4937…, the clean 1,000 gets 2.51 by the largest remainder)
        assertThat(result.hops().get(2).fee()).isEqualByComparingTo("7.49");
        assertThat(result.hops().get(2).valuation()).contains("fee 10.000000 USDT");
    }

    @Test
    void backward_libr_trace_walks_from_an_exchange_deposit_to_the_victims_and_states_the_opening_balances(
            GraphConnection graph) {
        new TraceGraph()
                .pay(
                        "own",
                        account("ZOWNBANK:1"),
                        account("ZMKBKHPP:MULE"),
                        "1000.00",
                        Asset.USD,
                        "2026-03-01T08:00:00Z")
                .pay(
                        "v1",
                        account("ZVICBANK:1"),
                        account("ZMKBKHPP:MULE"),
                        "3000.00",
                        Asset.USD,
                        "2026-03-01T10:00:00Z")
                .pay(
                        "v2",
                        account("ZVICBANK:2"),
                        account("ZMKBKHPP:MULE"),
                        "1000.00",
                        Asset.USD,
                        "2026-03-01T11:00:00Z")
                .pay(
                        "out",
                        account("ZMKBKHPP:MULE"),
                        account("ZMKBKHPP:SHELL"),
                        "2000.00",
                        Asset.USD,
                        "2026-03-02T10:00:00Z")
                .write(graph);

        var result = new Tracer(graph)
                .trace(new TraceRequest("out", TraceRequest.Direction.BACKWARD, new LibrAllocator(), 6, null));

        // backward, every inflow is its own source: 2,000 of the 5,000 in, pro rata (400, 1,200, 400)
        assertThat(result.hops())
                .extracting(h ->
                        h.depth() + " " + h.transferId() + " " + h.allocated().toPlainString())
                .containsExactly("0 out 2000.00", "1 own 400.00", "1 v1 1200.00", "1 v2 400.00");
        assertThat(result.hops().get(2).step())
                .isEqualTo(
                        "LIBR, beyond the holder's own money, traced money pro rata: 2,000.00 × 3,000.00 / 5,000.00");
        // the senders' own histories start with these payments: their origin is funds before the evidence
        assertThat(result.endpoints())
                .extracting(e -> e.pool() + " " + e.value().toPlainString() + " " + e.why())
                .containsExactlyInAnyOrder(
                        "ZOWNBANK:1 400.00 assumed opening balance: funds before the evidence",
                        "ZVICBANK:1 1200.00 assumed opening balance: funds before the evidence",
                        "ZVICBANK:2 400.00 assumed opening balance: funds before the evidence");
        assertThat(result.assumptions()).anyMatch(a -> a.startsWith("ZVICBANK:1: recorded outflows exceed"));
    }

    @Test
    void a_confirmed_same_as_link_joins_an_account_and_a_wallet_and_an_unconfirmed_one_does_not(GraphConnection graph) {
        new TraceGraph()
                .pay("v1", account("ZVICBANK:1"), account("ZMKBKHPP:A"), "500.00", Asset.USD, "2026-03-01T10:00:00Z")
                .pay("w1", tron(COLLECTION), tron(KAPOK), "500.000000", TraceGraph.USDT_TRON, "2026-03-02T10:00:00Z")
                .pay("b1", account("ZMKBKHPP:B"), account("ZMKBKHPP:C"), "10.00", Asset.USD, "2026-03-02T10:00:00Z")
                .write(graph);
        TraceGraph.cypher(graph, """
                MATCH (a:Account {key: 'ZMKBKHPP:A'}), (w:Wallet {key: $wallet}), (b:Account {key: 'ZMKBKHPP:B'})
                MERGE (a)-[:SAME_AS {status: 'PROPOSED'}]->(b)
                """, Map.of("wallet", "TRON:" + COLLECTION));
        var request = new TraceRequest("v1", TraceRequest.Direction.FORWARD, new HaircutAllocator(), 6, null);
        assertThat(new Tracer(graph).trace(request).hops())
                .extracting(Hop::transferId)
                .containsExactly("v1");

        TraceGraph.cypher(graph, """
                MATCH (a:Account {key: 'ZMKBKHPP:A'}), (w:Wallet {key: $wallet})
                MERGE (a)-[:SAME_AS {status: 'CONFIRMED'}]->(w)
                """, Map.of("wallet", "TRON:" + COLLECTION));
        var linked = new Tracer(graph).trace(request);
        assertThat(linked.hops()).extracting(Hop::transferId).containsExactly("v1", "w1");
        assertThat(linked.links()).containsExactly("TRON:" + COLLECTION + " = ZMKBKHPP:A: SAME_AS (confirmed)");
    }

    @Test
    void without_recovered_assets_each_endpoint_is_shared_by_what_rests_there_and_unknown_starts_are_refused(
            GraphConnection graph) {
        new TraceGraph()
                .pay("v1", account("ZVICBANK:1"), account("ZMKBKHPP:MULE"), "600.00", Asset.USD, "2026-03-01T10:00:00Z")
                .pay("v2", account("ZVICBANK:2"), account("ZMKBKHPP:MULE"), "400.00", Asset.USD, "2026-03-01T11:00:00Z")
                .pay(
                        "out",
                        account("ZMKBKHPP:MULE"),
                        account("ZMKBKHPP:SHELL"),
                        "500.00",
                        Asset.USD,
                        "2026-03-02T10:00:00Z")
                .write(graph);
        var victims = List.of(new VictimPayment("V1", "one", "v1"), new VictimPayment("V2", "two", "v2"));
        var poison = new Restitution(graph).schedule(victims, List.of(), new PoisonAllocator(), 6, null);
        // poison: both victims taint each endpoint wholly. The mule's 500.00 first (by name; both hold 500.00):
        // claims 500.00 (V1, capped at the endpoint) and 400.00 (V2, capped at what V2 paid) share it pro rata;
        // at the shell each claim is capped at what is still unpaid (322.22 and 177.78), which 500.00 meets
        assertThat(poison.endpoints())
                .extracting(e -> e.endpoint() + " " + e.available().toPlainString() + " "
                        + e.awarded().toPlainString())
                .containsExactly("ZMKBKHPP:MULE 500.00 500.00", "ZMKBKHPP:SHELL 500.00 500.00");
        assertThat(poison.lines())
                .extracting(
                        l -> l.victim() + " " + l.endpoint() + " " + l.awarded().toPlainString() + " " + l.arithmetic())
                .containsExactly(
                        "V1 ZMKBKHPP:MULE 277.78 500.00 × 500.00 / 900.00 = 277.78",
                        "V2 ZMKBKHPP:MULE 222.22 500.00 × 400.00 / 900.00 = 222.22",
                        "V1 ZMKBKHPP:SHELL 322.22 claim met in full",
                        "V2 ZMKBKHPP:SHELL 177.78 claim met in full");
        assertThat(poison.victims())
                .extracting(v -> v.victim() + " " + v.awarded().toPlainString())
                .containsExactly("V1 600.00", "V2 400.00");

        assertThatThrownBy(() -> new Tracer(graph)
                        .trace(new TraceRequest("nope", TraceRequest.Direction.FORWARD, new FifoAllocator(), 3, null)))
                .hasMessageContaining("no transfer, account or wallet 'nope'");
    }

    private static Endpoint endpoint(String key) {
        if (key.startsWith("TRON:")) {
            return tron(key.substring(5));
        }
        if (key.startsWith("ETHEREUM:")) {
            return WalletRef.of(Chain.ETHEREUM, key.substring(9));
        }
        return account(key);
    }

    private static Asset asset(String code) {
        if (code.equals("TRON:TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t")) {
            return TraceGraph.USDT_TRON;
        }
        if (code.startsWith("ETHEREUM:")) {
            return Asset.token(Chain.ETHEREUM, code.substring(9), "USDT", 6);
        }
        return Asset.currency(code);
    }
}
