package org.flowtrace.analytics.patterns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.finding.Finding;
import org.flowtrace.graph.finding.FindingMember;
import org.flowtrace.graph.testing.Neo4jTest;
import org.junit.jupiter.api.Test;

@Neo4jTest
class PatternDetectorsIT {

    private static final FanParameters FAN = new FanParameters(5, Duration.ofHours(72), 10_000, 0.12);

    @Test
    void fan_out_of_five_similar_amounts_within_the_window_is_found_with_its_evidence(GraphConnection graph) {
        var ledger = new LedgerFixture();
        for (int i = 0; i < 5; i++) {
            ledger.pay("SRC", "R" + i, "4000.00", i * 17.9); // last one at 71.6 h
        }
        ledger.pay("SRC", "SHOP", "35.00", 10); // ordinary spending in the same window stays out

        var findings = new FanOutDetector(FAN).detect(ledger.load(graph));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.typology()).isEqualTo("FAN_OUT");
            assertThat(f.transferIds()).hasSize(5).doesNotContain("test:6");
            assertThat(f.members())
                    .first()
                    .isEqualTo(
                            new FindingMember(org.flowtrace.graph.model.EndpointLabel.ACCOUNT, "BANK:SRC", "source"));
            assertThat(f.explanation())
                    .isEqualTo(
                            "BANK:SRC sent 5 similar amounts (20,000.00 USD in all) to 5 distinct counterparties within 71 h");
        });
    }

    @Test
    void fan_out_just_outside_the_window_or_below_the_counterparties_is_not_found(GraphConnection graph) {
        var ledger = new LedgerFixture();
        for (int i = 0; i < 5; i++) {
            ledger.pay("WIDE", "R" + i, "4000.00", i * 18.1); // last one at 72.4 h
        }
        for (int i = 0; i < 5; i++) {
            ledger.pay("FEW", "R" + (i % 4), "4000.00", i); // 4 distinct receivers
        }
        for (int i = 0; i < 5; i++) {
            ledger.pay("SMALL", "R" + i, "1999.00", i); // 9,995 USD in all
        }
        assertThat(new FanOutDetector(FAN).detect(ledger.load(graph))).isEmpty();
    }

    @Test
    void payments_of_dissimilar_amounts_are_not_a_fan(GraphConnection graph) {
        var ledger = new LedgerFixture();
        String[] amounts = {"2000.00", "3000.00", "4500.00", "6000.00", "8000.00"};
        for (int i = 0; i < 5; i++) {
            ledger.pay("PAYER", "R" + i, amounts[i], i);
        }
        assertThat(new FanOutDetector(FAN).detect(ledger.load(graph))).isEmpty();
    }

    @Test
    void fan_in_is_the_mirror_of_fan_out(GraphConnection graph) {
        var ledger = new LedgerFixture();
        for (int i = 0; i < 6; i++) {
            ledger.pay("S" + i, "HUB", "2500.00", i * 3);
        }
        var findings = new FanInDetector(FAN).detect(ledger.load(graph));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.typology()).isEqualTo("FAN_IN");
            assertThat(f.explanation()).startsWith("BANK:HUB received 6 similar amounts (15,000.00 USD in all) from 6");
        });
    }

    @Test
    void a_fan_in_that_the_window_of_an_earlier_payment_would_cut_short_is_found_whole(GraphConnection graph) {
        var ledger = new LedgerFixture().pay("NEIGHBOUR", "HUB", "80.00", 0); // its window ends at 72 h
        for (int i = 0; i < 8; i++) {
            ledger.pay("S" + i, "HUB", "2500.00", 68 + i); // five inside that window, three after it
        }

        var findings = new FanInDetector(FAN).detect(ledger.load(graph));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.transferIds()).hasSize(8).doesNotContain("test:1");
            assertThat(f.explanation())
                    .isEqualTo("BANK:HUB received 8 similar amounts (20,000.00 USD in all) from 8 distinct"
                            + " counterparties within 7 h");
        });
    }

    @Test
    void structuring_just_below_the_threshold_in_cash_is_found_and_at_the_threshold_is_not(GraphConnection graph) {
        var parameters = new StructuringParameters(10_000, 0.10, 3, Duration.ofDays(30), Set.of("Cash"));
        var ledger = new LedgerFixture()
                .pay("SMURF", "ACC", "9900.00", 0, "Cash")
                .pay("SMURF", "ACC", "9000.00", 48, "Cash")
                .pay("SMURF", "ACC2", "9999.99", 24 * 29.9, "Cash")
                .pay("EDGE", "ACC", "10000.00", 0, "Cash")
                .pay("EDGE", "ACC", "8999.99", 24, "Cash")
                .pay("EDGE", "ACC", "9500.00", 48, "Cash")
                .pay("WIRE", "ACC", "9500.00", 0, "Wire")
                .pay("WIRE", "ACC", "9500.00", 1, "Wire")
                .pay("WIRE", "ACC", "9500.00", 2, "Wire")
                .pay("SLOW", "ACC", "9500.00", 0, "Cash")
                .pay("SLOW", "ACC", "9500.00", 24 * 20, "Cash")
                .pay("SLOW", "ACC", "9500.00", 24 * 30.1, "Cash");

        var findings = new StructuringDetector(parameters).detect(ledger.load(graph));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.transferIds()).containsExactly("test:1", "test:2", "test:3");
            assertThat(f.explanation())
                    .isEqualTo("BANK:SMURF paid 3 amounts just below the 10,000.00 USD reporting threshold"
                            + " (28,899.99 USD in all) within 29 days");
        });
    }

    @Test
    void a_mule_that_passes_on_what_several_senders_paid_is_found_and_a_saver_is_not(GraphConnection graph) {
        var ledger = new LedgerFixture()
                .pay("V1", "MULE", "1200.00", 0)
                .pay("V2", "MULE", "2300.00", 5)
                .pay("V3", "MULE", "900.00", 20)
                .pay("MULE", "EXCHANGE", "4268.00", 26) // 97 % of 4,400
                .pay("P1", "SAVER", "1200.00", 0)
                .pay("P2", "SAVER", "2300.00", 5)
                .pay("P3", "SAVER", "900.00", 20)
                .pay("SAVER", "SHOP", "1500.00", 26); // a third of it

        var findings = new PassThroughDetector(PassThroughParameters.DEFAULTS).detect(ledger.load(graph));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.transferIds()).containsExactly("test:1", "test:2", "test:3", "test:4");
            assertThat(f.explanation())
                    .isEqualTo("BANK:MULE received 4,400.00 USD from 3 distinct senders and sent 97 % of it on"
                            + " to BANK:EXCHANGE within 26 h");
        });
    }

    @Test
    void a_salary_run_ordinary_for_the_employer_is_no_fan_and_the_same_run_from_a_shopper_is(GraphConnection graph) {
        var ledger = new LedgerFixture();
        for (int week = 0; week < 6; week++) { // the employer's usual outflows: wages of 3,800–4,200 USD
            ledger.pay("EMPLOYER", "STAFF" + week, Integer.toString(3800 + 80 * week) + ".00", week * 100.0, "ACH");
        }
        for (int i = 0; i < 6; i++) { // the shopper's usual outflows: 20–70 USD
            ledger.pay("SHOPPER", "STORE", (20 + 10 * i) + ".00", i * 100.0, "Card");
        }
        for (int i = 0; i < 5; i++) {
            ledger.pay("EMPLOYER", "R" + i, "4000.00", 700 + i, "ACH");
            ledger.pay("SHOPPER", "Q" + i, "4000.00", 700 + i);
        }

        var findings = new FanOutDetector(FanParameters.DEFAULTS).detect(ledger.load(graph));

        assertThat(findings)
                .singleElement()
                .satisfies(
                        f -> assertThat(f.explanation())
                                .isEqualTo(
                                        "BANK:SHOPPER sent 5 similar amounts (20,000.00 USD in all) to 5 distinct counterparties"
                                                + " within 4 h; unusual for it (robust z-score 8.7 against its 6 other transfers)"));
    }

    @Test
    void a_split_four_in_five_of_the_payers_sizeable_payments_is_a_fan_out_and_a_payroll_among_more_is_not(
            GraphConnection graph) {
        var ledger = new LedgerFixture();
        for (var payer : List.of("SPLIT", "PAYROLL")) {
            for (int i = 0; i < 8; i++) {
                ledger.pay(payer, payer + "-R" + i, "4000.00", i);
            }
            ledger.pay(payer, "OTHER1", "2500.00", 2.5).pay(payer, "OTHER2", "2500.00", 5.5);
        }
        ledger.pay("SPLIT", "SHOP", "35.00", 3); // shopping is not a sizeable payment: 8 of 10
        ledger.pay("PAYROLL", "OTHER3", "2000.00", 4); // half the smallest is: 8 of 11

        var findings = new FanOutDetector(FanParameters.DEFAULTS).detect(ledger.load(graph));

        assertThat(findings)
                .singleElement()
                .satisfies(f -> assertThat(f.explanation())
                        .isEqualTo(
                                "BANK:SPLIT sent 8 similar amounts (32,000.00 USD in all) to 8 distinct counterparties"
                                        + " within 7 h"));
    }

    @Test
    void a_shop_paying_its_supplier_from_many_small_card_takings_is_no_mule(GraphConnection graph) {
        var ledger = new LedgerFixture();
        for (int i = 0; i < 40; i++) {
            ledger.pay("CUSTOMER" + i, "SHOP", "120.00", i, "Card"); // 4,800 USD of takings, each under 250
        }
        ledger.pay("SHOP", "SUPPLIER", "4700.00", 45);

        assertThat(new PassThroughDetector(PassThroughParameters.DEFAULTS).detect(ledger.load(graph)))
                .isEmpty();
    }

    @Test
    void five_similar_deposits_among_an_exchanges_many_are_no_fan_in(GraphConnection graph) {
        var ledger = new LedgerFixture();
        for (int i = 0; i < 5; i++) {
            ledger.pay("DEPOSITOR" + i, "EXCHANGE", "4000.00", i * 10);
        }
        String[] others = {"150.00", "900.00", "12000.00", "60.00", "2500.00", "700.00", "33000.00", "8.00"};
        for (int i = 0; i < 16; i++) { // 16 other deposits in the same 72 h: the fan is under a third of them
            ledger.pay("CLIENT" + i, "EXCHANGE", others[i % others.length], i * 4 + 1);
        }

        assertThat(new FanInDetector(FanParameters.FAN_IN_DEFAULTS).detect(ledger.load(graph)))
                .isEmpty();
    }

    @Test
    void one_large_payment_passed_on_beside_small_ones_is_no_mule(GraphConnection graph) {
        var ledger = new LedgerFixture()
                .pay("BIG", "ACC", "9000.00", 0)
                .pay("S1", "ACC", "300.00", 5)
                .pay("S2", "ACC", "200.00", 20)
                .pay("ACC", "EXCHANGE", "9200.00", 26); // 97 % of 9,500, but 95 % of it came from one sender

        assertThat(new PassThroughDetector(PassThroughParameters.DEFAULTS).detect(ledger.load(graph)))
                .isEmpty();
    }

    @Test
    void a_mule_passes_on_what_its_senders_paid_not_the_salary_that_came_before_them(GraphConnection graph) {
        var ledger = new LedgerFixture().pay("EMPLOYER", "MULE", "3400.00", 0);
        for (int i = 0; i < 5; i++) {
            ledger.pay("V" + i, "MULE", "4000.00", 14 + i);
        }
        ledger.pay("MULE", "EXCHANGE", "19800.00", 24); // 99 % of the senders' 20,000; 85 % with the salary

        var findings = new PassThroughDetector(PassThroughParameters.DEFAULTS).detect(ledger.load(graph));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.transferIds()).hasSize(6).doesNotContain("test:1");
            assertThat(f.explanation())
                    .isEqualTo("BANK:MULE received 20,000.00 USD from 5 distinct senders and sent 99 % of it on"
                            + " to BANK:EXCHANGE within 10 h");
        });
    }

    @Test
    void a_collection_two_and_a_half_times_the_accounts_usual_inflows_is_a_mules_and_a_little_less_is_not(
            GraphConnection graph) {
        // 720 h of data: an account's usual inflows in 72 h are those outside the 72 h before the outflow / 9
        var ledger = new LedgerFixture().pay("X", "Y", "10.00", 0).pay("X", "Y", "10.00", 720);
        for (int i = 0; i < 10; i++) {
            ledger.pay("FRIEND" + i, "MULE", "60.00", i * 50.0); // usual 10 / 9 = 1.11: 3 ≥ 2.78
        }
        for (int i = 0; i < 11; i++) {
            ledger.pay("FRIEND" + i, "BUSY", "60.00", i * 50.0); // usual 11 / 9 = 1.22: 3 < 3.06
        }
        for (var account : List.of("MULE", "BUSY")) {
            ledger.pay("V1", account, "1200.00", 600)
                    .pay("V2", account, "2300.00", 605)
                    .pay("V3", account, "900.00", 620)
                    .pay(account, "EXCHANGE", "4268.00", 626);
        }

        var findings = new PassThroughDetector(PassThroughParameters.DEFAULTS).detect(ledger.load(graph));

        assertThat(findings)
                .singleElement()
                .satisfies(f -> assertThat(f.explanation())
                        .startsWith("BANK:MULE received 4,400.00 USD from 3 distinct senders"));
    }

    @Test
    void an_exchange_paying_out_what_its_clients_paid_in_over_the_last_days_is_no_mule(GraphConnection graph) {
        var ledger = new LedgerFixture();
        for (int i = 0; i < 200; i++) { // 20 deposits a day for ten days
            ledger.pay("CLIENT" + i, "EXCHANGE", "500.00", i * 1.2);
        }
        ledger.pay("EXCHANGE", "BANK2", "29800.00", 239); // 99 % of the last 60 deposits

        assertThat(new PassThroughDetector(PassThroughParameters.DEFAULTS).detect(ledger.load(graph)))
                .isEmpty();
    }

    @Test
    void detection_writes_findings_linked_to_their_accounts_and_a_second_run_adds_nothing(GraphConnection graph) {
        var ledger = new LedgerFixture();
        for (int i = 0; i < 5; i++) {
            ledger.pay("SRC", "R" + i, "4000.00", i);
        }
        ledger.load(graph);
        var detection = new PatternDetection(graph, PatternDetection.defaultDetectors());

        var first = detection.run("detect-1", line -> {});
        var second = detection.run("detect-2", line -> {});

        assertThat(first).containsEntry("fan-out", 1).containsEntry("structuring", 0);
        assertThat(second).isEqualTo(first);
        try (var session = graph.driver().session(graph.sessionConfig())) {
            var row = session.run("""
                    MATCH (f:Finding)-[r:INVOLVES]->(a:Account)
                    RETURN count(DISTINCT f) AS findings, count(r) AS links, collect(DISTINCT f.runId) AS runs,
                           collect(DISTINCT f.typology) AS typologies
                    """).single();
            assertThat(row.get("findings").asInt()).isEqualTo(1);
            assertThat(row.get("links").asInt()).isEqualTo(6);
            assertThat(row.get("runs").asList()).containsExactly("detect-2");
            assertThat(row.get("typologies").asList()).containsExactly("FAN_OUT");
        }
    }

    @Test
    void a_finding_key_depends_on_its_evidence_only() {
        var a = finding(List.of("t2", "t1"), 0.7);
        var b = finding(List.of("t1", "t2"), 0.9);
        assertThat(a.key()).isEqualTo(b.key()).startsWith("fan-out:");
        assertThat(finding(List.of("t1", "t3"), 0.7).key()).isNotEqualTo(a.key());
    }

    private static Finding finding(List<String> transfers, double score) {
        return new Finding(
                "FAN_OUT",
                "fan-out",
                "1",
                score,
                "x",
                new java.util.TreeMap<>(),
                transfers,
                List.of(),
                Instant.EPOCH,
                Instant.EPOCH);
    }
}
