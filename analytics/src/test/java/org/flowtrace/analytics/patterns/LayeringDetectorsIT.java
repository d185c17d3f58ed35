package org.flowtrace.analytics.patterns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeMap;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.finding.Finding;
import org.flowtrace.graph.finding.FindingMember;
import org.flowtrace.graph.finding.FindingWriter;
import org.flowtrace.graph.model.EndpointLabel;
import org.flowtrace.graph.testing.Neo4jTest;
import org.junit.jupiter.api.Test;

/** Cycles, scatter-gather, gather-scatter and peel chains on hand-built ledgers at their parameters' edges. */
@Neo4jTest
class LayeringDetectorsIT {

    private static final CycleParameters CYCLE = CycleParameters.DEFAULTS; // 2–12 hops, 7 days, 95–100 %

    @Test
    void a_time_respecting_cycle_with_fees_is_found_once_from_its_first_transfer(GraphConnection graph) {
        var ledger = new LedgerFixture()
                .pay("A", "B", "50000.00", 0)
                .pay("B", "C", "49000.00", 5) // 98 %
                .pay("C", "D", "48000.00", 20)
                .pay("D", "A", "47000.00", 24 * 6.9) // back home within 7 days
                .pay("C", "SHOP", "48000.00", 21); // a branch that does not come back

        var findings = new CycleDetector(CYCLE).detect(ledger.load(graph));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.typology()).isEqualTo("CYCLE");
            assertThat(f.transferIds()).containsExactly("test:1", "test:2", "test:3", "test:4");
            assertThat(f.members().get(0)).isEqualTo(new FindingMember(EndpointLabel.ACCOUNT, "BANK:A", "origin"));
            assertThat(f.explanation())
                    .isEqualTo("50,000.00 USD went round a cycle of 4 transfers BANK:A → BANK:B → BANK:C → BANK:D"
                            + " → BANK:A within 165 h, each later than the last; 94.0 % of it came back");
        });
    }

    @Test
    void a_cycle_out_of_time_order_too_slow_too_long_or_growing_is_not_found(GraphConnection graph) {
        var ledger = new LedgerFixture()
                .pay("P", "Q", "20000.00", 10)
                .pay("Q", "P", "19900.00", 5) // back before it left: not time-respecting
                .pay("S", "T", "20000.00", 0)
                .pay("T", "S", "19900.00", 24 * 7.1) // back after 7 days
                .pay("G", "H", "20000.00", 0)
                .pay("H", "G", "20100.00", 1) // more came back than left
                .pay("F", "E", "20000.00", 0)
                .pay("E", "F", "18900.00", 1); // a 5.5 % fee is more than the 5 % allowed
        for (int i = 0; i < 12; i++) { // 13 hops
            ledger.pay("L" + i, "L" + (i + 1), "10000.00", i);
        }
        ledger.pay("L12", "L0", "10000.00", 13);

        assertThat(new CycleDetector(CYCLE).detect(ledger.load(graph))).isEmpty();
    }

    @Test
    void two_businesses_that_often_pay_each_other_large_sums_are_not_round_tripping(GraphConnection graph) {
        var ledger = new LedgerFixture();
        for (int week = 0; week < 6; week++) { // the wholesaler's usual payments: 30,000–35,000 USD
            ledger.pay("WHOLESALER", "SUPPLIER" + week, (30_000 + 1_000 * week) + ".00", week * 100.0);
        }
        ledger.pay("WHOLESALER", "FARM", "32000.00", 700).pay("FARM", "WHOLESALER", "31500.00", 720);

        assertThat(new CycleDetector(CYCLE).detect(ledger.load(graph))).isEmpty();
    }

    @Test
    void twelve_hops_are_a_cycle_and_two_are_too(GraphConnection graph) {
        var ledger = new LedgerFixture();
        for (int i = 0; i < 11; i++) {
            ledger.pay("L" + i, "L" + (i + 1), "10000.00", i);
        }
        ledger.pay("L11", "L0", "10000.00", 12);
        ledger.pay("X", "Y", "8000.00", 0).pay("Y", "X", "7700.00", 30);

        var findings = new CycleDetector(CYCLE).detect(ledger.load(graph));

        assertThat(findings).extracting(f -> f.transferIds().size()).containsExactlyInAnyOrder(12, 2);
    }

    @Test
    void a_cycle_across_bank_and_chain_is_one_cycle(GraphConnection graph) {
        var ledger = new LedgerFixture()
                .pay("A", "EXCHANGE", "30000.00", 0)
                .wallet("EXCHANGE", "TXYZ1", "29800.00", 2)
                .walletToWallet("TXYZ1", "TXYZ2", "29700.00", 3)
                .walletTo("TXYZ2", "A", "29500.00", 30);

        var findings = new CycleDetector(CYCLE).detect(ledger.load(graph));

        assertThat(findings)
                .singleElement()
                .satisfies(f -> assertThat(f.members())
                        .extracting(FindingMember::label)
                        .contains(EndpointLabel.ACCOUNT, EndpointLabel.WALLET));
    }

    @Test
    void scatter_gather_through_three_intermediaries_to_one_sink_is_found(GraphConnection graph) {
        var ledger = new LedgerFixture()
                .pay("SRC", "M1", "6000.00", 0)
                .pay("SRC", "M2", "6100.00", 1)
                .pay("SRC", "M3", "5950.00", 2)
                .pay("M1", "SINK", "5880.00", 30)
                .pay("M2", "SINK", "5978.00", 40)
                .pay("M3", "SINK", "5831.00", 2 + 71.9) // just within 72 h of receiving it
                .pay("M1", "SHOP", "40.00", 31);

        var findings = new ScatterGatherDetector(LayeringParameters.DEFAULTS).detect(ledger.load(graph));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.typology()).isEqualTo("SCATTER_GATHER");
            assertThat(f.transferIds()).hasSize(6).doesNotContain("test:7");
            assertThat(f.members())
                    .contains(
                            new FindingMember(EndpointLabel.ACCOUNT, "BANK:SRC", "source"),
                            new FindingMember(EndpointLabel.ACCOUNT, "BANK:SINK", "sink"));
            assertThat(f.explanation())
                    .isEqualTo("BANK:SRC split 18,050.00 USD over 3 intermediaries in similar amounts, and they passed"
                            + " 17,689.00 USD (98.0 %) on to BANK:SINK within 73 h");
        });
    }

    @Test
    void scatter_that_is_passed_on_too_late_to_different_receivers_or_kept_is_not_gathered(GraphConnection graph) {
        var ledger = new LedgerFixture()
                .pay("LATE", "M1", "6000.00", 0)
                .pay("LATE", "M2", "6000.00", 1)
                .pay("LATE", "M3", "6000.00", 2)
                .pay("M1", "SINK", "5900.00", 30)
                .pay("M2", "SINK", "5900.00", 40)
                .pay("M3", "SINK", "5900.00", 2 + 72.1) // one leg too late: two intermediaries only
                .pay("SPREAD", "N1", "6000.00", 0)
                .pay("SPREAD", "N2", "6000.00", 1)
                .pay("SPREAD", "N3", "6000.00", 2)
                .pay("N1", "R1", "5900.00", 10)
                .pay("N2", "R2", "5900.00", 10)
                .pay("N3", "R3", "5900.00", 10) // each to its own receiver: a payroll's staff paying rent
                .pay("KEEP", "K1", "6000.00", 0)
                .pay("KEEP", "K2", "6000.00", 1)
                .pay("KEEP", "K3", "6000.00", 2)
                .pay("K1", "SINK2", "5000.00", 10)
                .pay("K2", "SINK2", "5000.00", 10)
                .pay("K3", "SINK2", "5000.00", 10); // 83 %: below the 90 % passed on

        assertThat(new ScatterGatherDetector(LayeringParameters.DEFAULTS).detect(ledger.load(graph)))
                .isEmpty();
    }

    @Test
    void gather_scatter_is_found_when_the_hub_pays_out_what_it_collected_and_not_when_it_keeps_it(
            GraphConnection graph) {
        var ledger = new LedgerFixture()
                .pay("S1", "HUB", "4000.00", 0)
                .pay("S2", "HUB", "4100.00", 1)
                .pay("S3", "HUB", "3900.00", 2)
                .pay("HUB", "R1", "3950.00", 26)
                .pay("HUB", "R2", "3950.00", 27)
                .pay("HUB", "R3", "3950.00", 28) // 98.75 % of 12,000
                .pay("T1", "SHOP", "4000.00", 0)
                .pay("T2", "SHOP", "4100.00", 1)
                .pay("T3", "SHOP", "3900.00", 2)
                .pay("SHOP", "U1", "1000.00", 26)
                .pay("SHOP", "U2", "1000.00", 27)
                .pay("SHOP", "U3", "1000.00", 28) // a quarter of it: a business paying suppliers
                .pay("V1", "SLOW", "4000.00", 0)
                .pay("V2", "SLOW", "4100.00", 1)
                .pay("V3", "SLOW", "3900.00", 2)
                .pay("SLOW", "W1", "3950.00", 2 + 72.5)
                .pay("SLOW", "W2", "3950.00", 2 + 73)
                .pay("SLOW", "W3", "3950.00", 2 + 74); // starts more than 72 h after the last inflow

        var findings = new GatherScatterDetector(LayeringParameters.DEFAULTS).detect(ledger.load(graph));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.transferIds()).containsExactly("test:1", "test:2", "test:3", "test:4", "test:5", "test:6");
            assertThat(f.explanation())
                    .isEqualTo("BANK:HUB collected 12,000.00 USD in 3 similar amounts and paid 11,850.00 USD (98.8 %)"
                            + " out in 3 similar amounts within 28 h");
        });
    }

    @Test
    void a_peel_chain_on_chain_is_found_with_its_peels_and_a_forwarding_chain_without_peels_is_not(
            GraphConnection graph) {
        var ledger = new LedgerFixture()
                .walletToWallet("TSTART", "TH1", "60000.00", 0)
                .walletToWallet("TH1", "TPEEL1", "1850.25", 3)
                .walletToWallet("TH1", "TH2", "58149.75", 3.1)
                .walletToWallet("TH2", "TPEEL2", "2400.00", 8)
                .walletToWallet("TH2", "TH3", "55749.75", 8.1)
                .walletToWallet("TH3", "TPEEL3", "1975.50", 15)
                .walletToWallet("TH3", "TH4", "53774.25", 15.1)
                .walletToWallet("TH4", "TEXCHANGE", "53774.25", 23.5)
                .walletToWallet("FSTART", "F1", "60000.00", 0)
                .walletToWallet("F1", "F2", "60000.00", 1)
                .walletToWallet("F2", "F3", "60000.00", 2)
                .walletToWallet("F3", "F4", "60000.00", 3);

        var findings = new PeelChainDetector(PeelChainParameters.DEFAULTS).detect(ledger.load(graph));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.typology()).isEqualTo("PEEL_CHAIN");
            assertThat(f.transferIds()).hasSize(8);
            assertThat(f.members())
                    .contains(
                            new FindingMember(EndpointLabel.WALLET, "TRON:TSTART", "origin"),
                            new FindingMember(EndpointLabel.WALLET, "TRON:TPEEL2", "peel-receiver"),
                            new FindingMember(EndpointLabel.WALLET, "TRON:TEXCHANGE", "end"));
            assertThat(f.explanation())
                    .isEqualTo("60,000.00 USD moved down a chain of 5 transfers from TRON:TSTART within 23 h;"
                            + " 3 hops peeled off 6,225.75 USD in all, and 53,774.25 USD reached TRON:TEXCHANGE");
        });
    }

    @Test
    void two_peels_are_not_a_chain_nor_is_a_peel_above_the_share_or_a_hop_too_slow(GraphConnection graph) {
        var ledger = new LedgerFixture()
                .walletToWallet("A0", "A1", "10000.00", 0)
                .walletToWallet("A1", "AP", "500.00", 1)
                .walletToWallet("A1", "A2", "9500.00", 1)
                .walletToWallet("A2", "AP", "500.00", 2)
                .walletToWallet("A2", "A3", "9000.00", 2) // two peels only
                .walletToWallet("B0", "B1", "10000.00", 0)
                .walletToWallet("B1", "BP", "3100.00", 1)
                .walletToWallet("B1", "B2", "6900.00", 1) // 31 % peeled: above 30 %
                .walletToWallet("B2", "BP", "500.00", 2)
                .walletToWallet("B2", "B3", "6400.00", 2)
                .walletToWallet("B3", "BP", "500.00", 3)
                .walletToWallet("B3", "B4", "5900.00", 3)
                .walletToWallet("C0", "C1", "10000.00", 0)
                .walletToWallet("C1", "CP", "500.00", 1)
                .walletToWallet("C1", "C2", "9500.00", 1)
                .walletToWallet("C2", "CP", "500.00", 26)
                .walletToWallet("C2", "C3", "9000.00", 26) // 25 h later: too slow
                .walletToWallet("C3", "CP", "500.00", 27)
                .walletToWallet("C3", "C4", "8500.00", 27);

        assertThat(new PeelChainDetector(PeelChainParameters.DEFAULTS).detect(ledger.load(graph)))
                .isEmpty();
    }

    @Test
    void a_hop_peeling_off_just_under_thirty_per_cent_continues_the_chain(GraphConnection graph) {
        var ledger = new LedgerFixture()
                .walletToWallet("START", "H1", "10000.00", 0)
                .walletToWallet("H1", "P", "2900.00", 1)
                .walletToWallet("H1", "H2", "7100.00", 1) // 29 % peeled
                .walletToWallet("H2", "P", "500.00", 2)
                .walletToWallet("H2", "H3", "6600.00", 2)
                .walletToWallet("H3", "P", "500.00", 3)
                .walletToWallet("H3", "END", "6100.00", 3);

        var findings = new PeelChainDetector(PeelChainParameters.DEFAULTS).detect(ledger.load(graph));

        assertThat(findings)
                .singleElement()
                .satisfies(f -> assertThat(f.members().get(0))
                        .isEqualTo(new FindingMember(EndpointLabel.WALLET, "TRON:START", "origin")));
    }

    @Test
    void a_chain_through_a_wallet_that_other_money_reaches_while_it_passes_this_on_is_no_peel_chain(
            GraphConnection graph) {
        var ledger = new LedgerFixture();
        for (var chain : List.of("A", "B")) {
            ledger.walletToWallet(chain + "0", chain + "1", "60000.00", 0)
                    .walletToWallet(chain + "1", chain + "P", "1850.25", 3)
                    .walletToWallet(chain + "1", chain + "2", "58149.75", 3.1)
                    .walletToWallet(chain + "2", chain + "P", "2400.00", 8)
                    .walletToWallet(chain + "2", chain + "3", "55749.75", 8.1)
                    .walletToWallet(chain + "3", chain + "P", "1975.50", 15)
                    .walletToWallet(chain + "3", chain + "4", "53774.25", 15.1);
        }
        ledger.walletToWallet("OTHER", "A2", "700.00", 8.05) // before A2 sent on what it received at 3.1 h
                .walletToWallet("OTHER", "B2", "700.00", 8.15); // after B2 had sent it on

        var findings = new PeelChainDetector(PeelChainParameters.DEFAULTS).detect(ledger.load(graph));

        assertThat(findings)
                .singleElement()
                .satisfies(f -> assertThat(f.members().get(0))
                        .isEqualTo(new FindingMember(EndpointLabel.WALLET, "TRON:B0", "origin")));
    }

    @Test
    void a_gather_scatter_whose_gather_the_window_of_an_earlier_payment_would_cut_short_is_found(
            GraphConnection graph) {
        var ledger = new LedgerFixture().pay("NEIGHBOUR", "HUB", "90.00", 0); // its window ends at 72 h
        for (int i = 0; i < 5; i++) {
            ledger.pay("S" + i, "HUB", "4000.00", 70 + i); // three inside that window, two after it
        }
        for (int i = 0; i < 5; i++) {
            ledger.pay("HUB", "R" + i, "3900.00", 90 + i); // 97.5 % of the five
        }

        var findings = new GatherScatterDetector(LayeringParameters.GATHER_SCATTER_DEFAULTS).detect(ledger.load(graph));

        assertThat(findings)
                .singleElement()
                .satisfies(f -> assertThat(f.explanation())
                        .isEqualTo(
                                "BANK:HUB collected 20,000.00 USD in 5 similar amounts and paid 19,500.00 USD (97.5 %)"
                                        + " out in 5 similar amounts within 24 h"));
    }

    @Test
    void a_gather_a_quarter_of_the_hubs_inflows_is_one_and_fewer_among_an_exchanges_many_is_not(GraphConnection graph) {
        // nine (ten) other inflows, no three of them similar: the gather is 3 of 12 (3 of 13) in its window
        String[] others = {
            "100.00", "160.00", "260.00", "420.00", "700.00", "1100.00", "1800.00", "6500.00", "9000.00", "15000.00"
        };
        var ledger = new LedgerFixture();
        for (var hub : List.of("HUB", "EXCHANGE")) {
            ledger.pay("S1", hub, "4000.00", 0).pay("S2", hub, "4100.00", 1).pay("S3", hub, "3900.00", 2);
            for (int i = 0; i < (hub.equals("HUB") ? 9 : 10); i++) {
                ledger.pay("CLIENT" + i, hub, others[i], 3 + i);
            }
            ledger.pay(hub, "R1", "3950.00", 26).pay(hub, "R2", "3950.00", 27).pay(hub, "R3", "3950.00", 28);
        }

        var findings = new GatherScatterDetector(LayeringParameters.GATHER_SCATTER_DEFAULTS).detect(ledger.load(graph));

        assertThat(findings)
                .singleElement()
                .satisfies(f -> assertThat(f.explanation()).startsWith("BANK:HUB collected 12,000.00 USD"));
    }

    @Test
    void the_victims_payments_that_fill_a_peel_chains_origin_are_reported_with_the_chain_not_as_a_pass_through(
            GraphConnection graph) {
        new LedgerFixture()
                .walletToWallet("VICTIM1", "TSTART", "20000.00", 0)
                .walletToWallet("VICTIM2", "TSTART", "25000.00", 5)
                .walletToWallet("VICTIM3", "TSTART", "15000.00", 10)
                .walletToWallet("TSTART", "TH1", "60000.00", 12)
                .walletToWallet("TH1", "TPEEL1", "1850.25", 15)
                .walletToWallet("TH1", "TH2", "58149.75", 15.1)
                .walletToWallet("TH2", "TPEEL2", "2400.00", 20)
                .walletToWallet("TH2", "TH3", "55749.75", 20.1)
                .walletToWallet("TH3", "TPEEL3", "1975.50", 27)
                .walletToWallet("TH3", "TEXCHANGE", "53774.25", 27.1)
                .load(graph);
        var detectors = List.<PatternDetector>of(
                new PassThroughDetector(PassThroughParameters.DEFAULTS),
                new PeelChainDetector(PeelChainParameters.DEFAULTS));

        var counts = new PatternDetection(graph, detectors).run("detect-1", line -> {});

        assertThat(counts).containsEntry("peel-chain", 1).containsEntry("pass-through", 0);
    }

    @Test
    void a_mules_outflow_that_is_part_of_anothers_fan_in_is_reported_in_both(GraphConnection graph) {
        var ledger = new LedgerFixture()
                .pay("V1", "MULE", "1000.00", 0)
                .pay("V2", "MULE", "1200.00", 1)
                .pay("V3", "MULE", "1300.00", 2)
                .pay("MULE", "TARGET", "3400.00", 22); // 97 %
        for (int i = 0; i < 4; i++) {
            ledger.pay("SENDER" + i, "TARGET", (3300 + 50 * i) + ".00", 20 + i);
        }
        ledger.load(graph);
        var detectors = List.<PatternDetector>of(
                new PassThroughDetector(PassThroughParameters.DEFAULTS),
                new FanInDetector(FanParameters.FAN_IN_DEFAULTS));

        var counts = new PatternDetection(graph, detectors).run("detect-1", line -> {});

        assertThat(counts).containsEntry("pass-through", 1).containsEntry("fan-in", 1);
    }

    @Test
    void a_scatter_gather_is_reported_once_not_also_as_the_fan_out_and_fan_in_it_contains(GraphConnection graph) {
        var ledger = new LedgerFixture();
        for (int i = 0; i < 5; i++) {
            ledger.pay("SRC", "M" + i, "6000.00", i);
            ledger.pay("M" + i, "SINK", "5900.00", 30 + i);
        }
        ledger.load(graph);

        var counts = new PatternDetection(graph, PatternDetection.defaultDetectors()).run("detect-1", line -> {});

        assertThat(counts)
                .containsEntry("scatter-gather", 1)
                .containsEntry("fan-out", 0)
                .containsEntry("fan-in", 0);
    }

    @Test
    void the_defaults_run_every_detector_replacing_an_earlier_runs_findings_and_a_second_run_adds_none(
            GraphConnection graph) {
        new LedgerFixture()
                .pay("A", "B", "50000.00", 0)
                .pay("B", "A", "49000.00", 5)
                .load(graph);
        var stale = new Finding(
                "CYCLE",
                "cycle",
                "0",
                0.5,
                "an earlier definition's",
                new TreeMap<>(),
                List.of("test:1"),
                List.of(),
                LedgerFixture.T0,
                LedgerFixture.T0);
        new FindingWriter(graph).write(List.of(stale), "detect-0", LedgerFixture.T0);
        var detection = new PatternDetection(graph, PatternDetection.defaultDetectors());

        var first = detection.run("detect-1", line -> {});
        detection.run("detect-2", line -> {});

        assertThat(first)
                .containsKeys("scatter-gather", "gather-scatter", "cycle", "peel-chain")
                .containsEntry("cycle", 1);
        try (var session = graph.driver().session(graph.sessionConfig())) {
            assertThat(session.run("MATCH (f:Finding) RETURN count(f) AS n")
                            .single()
                            .get("n")
                            .asLong())
                    .isEqualTo(1);
        }
    }
}
