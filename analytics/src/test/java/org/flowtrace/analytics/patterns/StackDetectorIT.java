package org.flowtrace.analytics.patterns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.flowtrace.analytics.projection.TransferProjectionReader;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.finding.FindingMember;
import org.flowtrace.graph.model.EndpointLabel;
import org.flowtrace.graph.testing.Neo4jTest;
import org.junit.jupiter.api.Test;

/** Stack layering on hand-built ledgers at the edges of its window, pass-on time, amounts, links and layers. */
@Neo4jTest
class StackDetectorIT {

    private static final StackDetector STACK = new StackDetector(StackParameters.DEFAULTS);

    /** Every member of {@code from} pays every member of {@code to}, {@code amount} each, from {@code hour} on, 10 minutes apart. */
    private static double layer(LedgerFixture ledger, List<String> from, List<String> to, String amount, double hour) {
        for (var payer : from) {
            for (var payee : to) {
                ledger.pay(payer, payee, amount, hour);
                hour += 1 / 6.0;
            }
        }
        return hour;
    }

    @Test
    void three_layers_passing_similar_amounts_on_in_time_order_are_a_stack_with_its_senders_as_origin(
            GraphConnection graph) {
        var ledger = new LedgerFixture();
        layer(ledger, List.of("S1", "S2"), List.of("M1", "M2", "M3"), "4000.00", 0);
        layer(ledger, List.of("M1", "M2", "M3"), List.of("R1", "R2"), "3920.00", 8);
        ledger.pay("R1", "SHOP", "25.00", 30); // ordinary spending afterwards

        var findings = STACK.detect(ledger.load(graph));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.typology()).isEqualTo("STACK");
            assertThat(f.transferIds()).hasSize(12).doesNotContain("test:13");
            assertThat(f.members().get(0)).isEqualTo(new FindingMember(EndpointLabel.ACCOUNT, "BANK:S1", "origin"));
            assertThat(f.members())
                    .extracting(FindingMember::key, FindingMember::role)
                    .containsExactly(
                            tuple("BANK:S1", "origin"),
                            tuple("BANK:S2", "origin"),
                            tuple("BANK:M1", "intermediary"),
                            tuple("BANK:M2", "intermediary"),
                            tuple("BANK:M3", "intermediary"),
                            tuple("BANK:R1", "destination"),
                            tuple("BANK:R2", "destination"));
            assertThat(f.explanation())
                    .isEqualTo("3 layers of accounts and wallets (2 → 3 → 2) passed money on in similar amounts within"
                            + " 8 h, each layer paying the next after it was paid: BANK:S1, BANK:S2 paid 24,000.00 USD"
                            + " in 6 transfers of 4,000.00 USD each; layer 2 paid 23,520.00 USD in 6 transfers of"
                            + " 3,920.00 USD each (median 98.0 % of the layer before's); to BANK:R1, BANK:R2");
        });
    }

    @Test
    void senders_to_receivers_without_a_layer_between_are_no_stack(GraphConnection graph) {
        var ledger = new LedgerFixture();
        layer(ledger, List.of("S1", "S2"), List.of("R1", "R2", "R3"), "4000.00", 0);

        assertThat(STACK.detect(ledger.load(graph))).isEmpty();
    }

    @Test
    void four_layers_are_one_stack_scoring_higher_than_three(GraphConnection graph) {
        var ledger = new LedgerFixture();
        layer(ledger, List.of("A1", "A2"), List.of("B1", "B2"), "5000.00", 0);
        layer(ledger, List.of("B1", "B2"), List.of("C1", "C2"), "4900.00", 6);
        layer(ledger, List.of("C1", "C2"), List.of("D1", "D2"), "4800.00", 12);
        layer(ledger, List.of("X1", "X2"), List.of("Y1", "Y2"), "5000.00", 100);
        layer(ledger, List.of("Y1", "Y2"), List.of("Z1", "Z2"), "4900.00", 106);

        var findings = STACK.detect(ledger.load(graph));

        assertThat(findings).hasSize(2);
        var four = findings.stream()
                .filter(f -> f.transferIds().size() == 12)
                .findFirst()
                .orElseThrow();
        var three = findings.stream()
                .filter(f -> f.transferIds().size() == 8)
                .findFirst()
                .orElseThrow();
        assertThat(four.members())
                .filteredOn(m -> m.role().equals("intermediary"))
                .hasSize(4);
        assertThat(four.score()).isGreaterThan(three.score());
    }

    @Test
    void a_sender_paying_just_within_the_window_of_the_first_transfer_joins_the_first_layer(GraphConnection graph) {
        var ledger = new LedgerFixture();
        ledger.pay("S1", "M1", "4000.00", 0).pay("S1", "M2", "4000.00", 1);
        ledger.pay("S2", "M1", "4000.00", 71.9).pay("S2", "M2", "4000.00", 72); // 72 h after the first
        layer(ledger, List.of("M1", "M2"), List.of("R1", "R2"), "3950.00", 80);

        assertThat(STACK.detect(ledger.load(graph)))
                .singleElement()
                .satisfies(f -> assertThat(f.members())
                        .filteredOn(m -> m.role().equals("origin"))
                        .extracting(FindingMember::key)
                        .containsExactly("BANK:S1", "BANK:S2"));
    }

    @Test
    void a_sender_paying_just_after_the_window_leaves_the_first_layer_too_thin(GraphConnection graph) {
        var ledger = new LedgerFixture();
        ledger.pay("S1", "M1", "4000.00", 0).pay("S1", "M2", "4000.00", 1);
        ledger.pay("S2", "M1", "4000.00", 71.9).pay("S2", "M2", "4000.00", 72.1); // 72.1 h after the first
        layer(ledger, List.of("M1", "M2"), List.of("R1", "R2"), "3950.00", 80);

        assertThat(STACK.detect(ledger.load(graph))).isEmpty();
    }

    @Test
    void a_layer_paying_on_just_within_the_pass_on_time_continues_the_stack_and_just_after_it_ends_it(
            GraphConnection graph) {
        var ledger = new LedgerFixture();
        layer(ledger, List.of("S1", "S2"), List.of("M1", "M2"), "4000.00", 0); // last one paid at 0.5 h
        ledger.pay("M1", "R1", "3900.00", 1).pay("M1", "R2", "3900.00", 2);
        ledger.pay("M2", "R1", "3900.00", 3).pay("M2", "R2", "3900.00", 0.5 + 72); // M2 last paid at 0.5 h
        layer(ledger, List.of("T1", "T2"), List.of("N1", "N2"), "4000.00", 200);
        ledger.pay("N1", "Q1", "3900.00", 201).pay("N1", "Q2", "3900.00", 202);
        ledger.pay("N2", "Q1", "3900.00", 203).pay("N2", "Q2", "3900.00", 200.5 + 72.1); // too late

        var findings = STACK.detect(ledger.load(graph));

        assertThat(findings)
                .singleElement()
                .satisfies(f ->
                        assertThat(f.members()).extracting(FindingMember::key).contains("BANK:S1", "BANK:R2"));
    }

    @Test
    void money_passed_on_before_it_arrived_is_no_layer(GraphConnection graph) {
        var ledger = new LedgerFixture();
        layer(ledger, List.of("M1", "M2"), List.of("R1", "R2"), "3900.00", 0); // paid on first
        layer(ledger, List.of("S1", "S2"), List.of("M1", "M2"), "4000.00", 5); // paid in afterwards

        assertThat(STACK.detect(ledger.load(graph))).isEmpty();
    }

    @Test
    void amounts_that_shrink_or_grow_beyond_fees_between_layers_are_no_stack(GraphConnection graph) {
        var ledger = new LedgerFixture();
        layer(ledger, List.of("S1", "S2"), List.of("M1", "M2"), "4000.00", 0);
        layer(ledger, List.of("M1", "M2"), List.of("R1", "R2"), "3000.00", 6); // 75 %: below 85 % / 1.12
        layer(ledger, List.of("T1", "T2"), List.of("N1", "N2"), "4000.00", 100);
        layer(ledger, List.of("N1", "N2"), List.of("Q1", "Q2"), "4500.00", 106); // 112.5 %: above 100 % · 1.12
        layer(ledger, List.of("U1", "U2"), List.of("P1", "P2"), "4000.00", 200);
        layer(ledger, List.of("P1", "P2"), List.of("V1", "V2"), "3050.00", 206); // 76.25 %: just inside

        var findings = STACK.detect(ledger.load(graph));

        assertThat(findings)
                .singleElement()
                .satisfies(f ->
                        assertThat(f.members()).extracting(FindingMember::key).contains("BANK:U1", "BANK:V2"));
    }

    @Test
    void layers_whose_members_each_pay_only_one_of_the_next_are_chains_not_a_stack(GraphConnection graph) {
        var ledger = new LedgerFixture()
                .pay("S1", "M1", "4000.00", 0)
                .pay("S1", "M2", "4000.00", 1)
                .pay("S2", "M3", "4000.00", 2)
                .pay("S2", "M4", "4000.00", 3);
        layer(ledger, List.of("M1", "M2", "M3", "M4"), List.of("R1"), "3900.00", 8);

        assertThat(STACK.detect(ledger.load(graph))).isEmpty();
    }

    @Test
    void a_stack_through_wallets_is_found_with_amounts_compared_in_usd(GraphConnection graph) {
        var ledger = new LedgerFixture();
        for (var sender : List.of("S1", "S2")) { // bank accounts at an exchange buy USDT into wallets
            ledger.wallet(sender, "TMID1", "6000.00", 0).wallet(sender, "TMID2", "6000.00", 1);
        }
        for (var middle : List.of("TMID1", "TMID2")) {
            ledger.usdt(middle, "TOUT1", "5950", 10).usdt(middle, "TOUT2", "5950", 11);
        }
        for (var out : List.of("TOUT1", "TOUT2")) { // cashed out into bank accounts
            ledger.walletTo(out, "C1", "5900.00", 20).walletTo(out, "C2", "5900.00", 21);
        }

        var findings = STACK.detect(ledger.load(graph));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.transferIds()).hasSize(12);
            assertThat(f.members())
                    .filteredOn(m -> m.role().equals("intermediary"))
                    .extracting(FindingMember::label)
                    .containsOnly(EndpointLabel.WALLET);
            assertThat(f.members())
                    .filteredOn(m -> m.role().equals("destination"))
                    .extracting(FindingMember::key)
                    .containsExactly("BANK:C1", "BANK:C2");
        });
    }

    @Test
    void businesses_whose_similar_payments_to_each_other_are_a_small_part_of_their_day_are_no_stack(
            GraphConnection graph) {
        var ledger = new LedgerFixture();
        layer(ledger, List.of("HOLDING1", "HOLDING2"), List.of("SUPPLIER1", "SUPPLIER2"), "4000.00", 0);
        layer(ledger, List.of("SUPPLIER1", "SUPPLIER2"), List.of("WHOLESALER1", "WHOLESALER2"), "3900.00", 6);
        for (int i = 0; i < 10; i++) { // the suppliers' ordinary takings meanwhile
            ledger.pay("CUSTOMER" + i, "SUPPLIER1", "120.00", 1 + i * 0.4);
            ledger.pay("CUSTOMER" + i, "SUPPLIER2", "95.00", 1 + i * 0.4);
        }

        assertThat(STACK.detect(ledger.load(graph))).isEmpty();
    }

    @Test
    void a_stack_is_reported_once_not_also_as_the_gather_scatters_of_its_middle_layer(GraphConnection graph) {
        var ledger = new LedgerFixture();
        layer(ledger, List.of("S1", "S2", "S3"), List.of("M1", "M2", "M3"), "4000.00", 0);
        layer(ledger, List.of("M1", "M2", "M3"), List.of("R1", "R2", "R3"), "3900.00", 10);
        ledger.load(graph);
        var gatherScatter = new GatherScatterDetector(LayeringParameters.DEFAULTS);
        assertThat(gatherScatter.detect(new TransferProjectionReader(graph).read()))
                .hasSize(3); // each middle member on its own looks like a hub

        var counts = new PatternDetection(graph, PatternDetection.defaultDetectors()).run("detect-1", line -> {});

        assertThat(counts)
                .containsEntry("stack", 1)
                .containsEntry("gather-scatter", 0)
                .containsEntry("scatter-gather", 0);
    }
}
