package org.flowtrace.analytics.patterns;

import static org.assertj.core.api.Assertions.assertThat;

import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.finding.FindingMember;
import org.flowtrace.graph.model.EndpointLabel;
import org.flowtrace.graph.testing.Neo4jTest;
import org.junit.jupiter.api.Test;

/** Round amounts and bursts on hand-built ledgers at their parameters' edges, with the look-alikes they must leave alone. */
@Neo4jTest
class BehaviourDetectorsIT {

    private static final RoundAmountDetector ROUND = new RoundAmountDetector(RoundAmountParameters.DEFAULTS);
    private static final BurstDetector BURST = new BurstDetector(BurstParameters.DEFAULTS);
    private static final double DAY = 24;

    /** 1,000 ordinary card payments of uneven amounts over 40 days: the population round amounts are judged against. */
    private static LedgerFixture shoppers() {
        var ledger = new LedgerFixture();
        for (int i = 0; i < 1_000; i++) {
            ledger.pay(
                    "SHOPPER" + (i % 50),
                    "GROCER" + (i % 7),
                    "%d.%02d".formatted(12 + i % 80, 1 + i % 98),
                    i * 0.96,
                    "Credit Card");
        }
        return ledger;
    }

    @Test
    void an_account_sending_round_sums_in_its_own_currency_on_five_occasions_within_30_days_is_found(
            GraphConnection graph) {
        var ledger = shoppers()
                .pay("A", "X1", "5000.00", 0)
                .payIn("A", "X2", "700000", "JPY", "0.0068", 3 * DAY) // round in yen, 4,760 USD
                .pay("A", "X3", "5000.00", 7 * DAY)
                .payIn("A", "X4", "700000", "JPY", "0.0068", 14 * DAY)
                .pay("A", "X5", "5000.00", 29.9 * DAY)
                .pay("A", "SHOP", "42.17", DAY)
                .pay("A", "SHOP", "13.90", 2 * DAY)
                .pay("A", "SHOP", "77.05", 20 * DAY);

        var findings = ROUND.detect(ledger.load(graph));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.typology()).isEqualTo("ROUND_AMOUNTS");
            assertThat(f.transferIds()).hasSize(5);
            assertThat(f.members().get(0)).isEqualTo(new FindingMember(EndpointLabel.ACCOUNT, "BANK:A", "account"));
            assertThat(f.explanation())
                    .isEqualTo("BANK:A sent 5 round amounts (multiples of 1,000 in their own currency or token;"
                            + " 24,520.00 USD in all) to 5 counterparties on 5 occasions within 29 days: 5 of the 8"
                            + " transfers it sent in the 30 days from the first (63 %), where 0.496 % of all transfers"
                            + " are round; by chance 5 or more would have a probability of 1.7e-10");
        });
    }

    @Test
    void four_occasions_within_the_window_are_not_enough(GraphConnection graph) {
        var ledger = shoppers()
                .pay(
                        "LATE", "X1", "5000.00",
                        0) // the fifth is 30.1 days after the first, the second 27.1 days before it
                .pay("LATE", "X2", "5000.00", 3 * DAY)
                .pay("LATE", "X3", "5000.00", 7 * DAY)
                .pay("LATE", "X4", "5000.00", 14 * DAY)
                .pay("LATE", "X5", "5000.00", 30.1 * DAY)
                .pay("HOURLY", "Y1", "5000.00", 0) // two in one hour: one occasion
                .pay("HOURLY", "Y2", "5000.00", 0.5)
                .pay("HOURLY", "Y3", "5000.00", 3 * DAY)
                .pay("HOURLY", "Y4", "5000.00", 7 * DAY)
                .pay("HOURLY", "Y5", "5000.00", 14 * DAY);

        assertThat(ROUND.detect(ledger.load(graph))).isEmpty();
    }

    @Test
    void sums_round_in_usd_but_not_in_their_own_currency_are_not_round(GraphConnection graph) {
        var ledger = shoppers();
        for (int i = 0; i < 6; i++) {
            ledger.payIn("EUROS", "X" + i, "4629.63", "EUR", "1.08", i * 3 * DAY); // 5,000.00 USD each
        }

        assertThat(ROUND.detect(ledger.load(graph))).isEmpty();
    }

    @Test
    void round_sums_under_the_minimum_share_of_the_accounts_transfers_are_not_unusual(GraphConnection graph) {
        var ledger = shoppers();
        for (int i = 0; i < 5; i++) {
            ledger.pay("UNDER", "X" + i, "5000.00", i * 5 * DAY).pay("OVER", "Y" + i, "5000.00", i * 5 * DAY);
        }
        for (int i = 0; i < 12; i++) { // 5 of 17 is 29 %; 5 of 16 is 31 %
            ledger.pay("UNDER", "SHOP", "31.%02d".formatted(i + 1), i * 2 * DAY + 1);
            if (i < 11) {
                ledger.pay("OVER", "SHOP", "31.%02d".formatted(i + 1), i * 2 * DAY + 1);
            }
        }

        assertThat(ROUND.detect(ledger.load(graph)))
                .singleElement()
                .satisfies(f -> assertThat(f.members().get(0).key()).isEqualTo("BANK:OVER"));
    }

    @Test
    void a_wallet_receiving_round_usdt_sums_is_found_on_the_receiving_side(GraphConnection graph) {
        var ledger = shoppers();
        for (int i = 0; i < 5; i++) {
            ledger.usdt("TPAYER" + i, "TCOLLECTOR", "10000", i * 4 * DAY);
        }

        assertThat(ROUND.detect(ledger.load(graph))).singleElement().satisfies(f -> {
            assertThat(f.members().get(0))
                    .isEqualTo(new FindingMember(EndpointLabel.WALLET, "TRON:TCOLLECTOR", "account"));
            assertThat(f.explanation()).startsWith("TRON:TCOLLECTOR received 5 round amounts");
        });
    }

    @Test
    void round_salary_runs_and_monthly_round_remittances_are_not_round_amount_behaviour(GraphConnection graph) {
        var ledger = shoppers();
        for (int month = 0; month < 2; month++) {
            for (int i = 0; i < 20; i++) {
                ledger.pay("EMPLOYER", "STAFF" + i, "3000.00", month * 30 * DAY + i * 0.02);
            }
            ledger.pay("MIGRANT", "FAMILY", "1000.00", month * 30 * DAY + 5);
        }

        assertThat(ROUND.detect(ledger.load(graph))).isEmpty();
    }

    /** The account's usual incoming payments: {@code count} small ones over the first 8 of the 10 days before day 10. */
    private static LedgerFixture usual(LedgerFixture ledger, String account, int count) {
        for (int i = 0; i < count; i++) {
            ledger.pay("FRIEND" + i, account, "60.%02d".formatted(i % 99), i * 8 * DAY / count);
        }
        return ledger;
    }

    /** {@code count} payments of {@code amount} into {@code account} from distinct senders, evenly over {@code hours} from {@code start}. */
    private static LedgerFixture burstInto(
            LedgerFixture ledger, String account, int count, String amount, double start, double hours) {
        for (int i = 0; i < count; i++) {
            ledger.pay(account + "-SENDER" + i, account, amount, start + i * hours / (count - 1));
        }
        return ledger;
    }

    @Test
    void a_mule_receiving_ten_payments_in_a_day_and_paying_them_on_is_a_burst(GraphConnection graph) {
        var ledger = usual(new LedgerFixture(), "MULE", 4);
        burstInto(ledger, "MULE", 10, "1500.00", 10 * DAY, 24); // the tenth exactly 24 h after the first
        ledger.pay("MULE", "EXCHANGE", "14500.00", 10 * DAY + 30);

        var findings = BURST.detect(ledger.load(graph));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.typology()).isEqualTo("BURST");
            assertThat(f.transferIds()).hasSize(11);
            assertThat(f.members().get(0)).isEqualTo(new FindingMember(EndpointLabel.ACCOUNT, "BANK:MULE", "account"));
            assertThat(f.explanation())
                    .isEqualTo(
                            "BANK:MULE received 10 transfers (15,000.00 USD in all) from 10 counterparties within 24 h,"
                                    + " 10.0 times its usual 1.0 in 24 h (4 in the 10.0 days before); it paid out 14,500.00 USD"
                                    + " (97 % of it) by 72 h after the burst");
        });
    }

    @Test
    void ten_payments_over_more_than_the_window_or_money_that_stays_or_leaves_too_late_are_no_burst(
            GraphConnection graph) {
        var ledger = new LedgerFixture();
        usual(ledger, "SLOW", 4);
        burstInto(ledger, "SLOW", 10, "1500.00", 10 * DAY, 24.1); // the tenth 24.1 h after the first
        ledger.pay("SLOW", "EXCHANGE", "14500.00", 10 * DAY + 30);
        usual(ledger, "SAVER", 4);
        burstInto(ledger, "SAVER", 10, "1500.00", 10 * DAY, 20);
        ledger.pay("SAVER", "EXCHANGE", "5000.00", 10 * DAY + 30); // a third moves on
        usual(ledger, "LATER", 4);
        burstInto(ledger, "LATER", 10, "1500.00", 10 * DAY, 20);
        ledger.pay("LATER", "EXCHANGE", "14500.00", 10 * DAY + 20 + 72.1); // after 72 h

        assertThat(BURST.detect(ledger.load(graph))).isEmpty();
    }

    @Test
    void twelve_payments_are_a_burst_against_a_usual_two_point_three_a_day_and_not_against_two_point_five(
            GraphConnection graph) {
        var ledger = new LedgerFixture();
        usual(ledger, "QUIET", 23); // 12 / 2.3 = 5.2 times the usual
        burstInto(ledger, "QUIET", 12, "1000.00", 10 * DAY, 12);
        ledger.pay("QUIET", "EXCHANGE", "11800.00", 10 * DAY + 14);
        usual(ledger, "BUSY", 25); // 12 / 2.5 = 4.8 times the usual
        burstInto(ledger, "BUSY", 12, "1000.00", 10 * DAY, 12);
        ledger.pay("BUSY", "EXCHANGE", "11800.00", 10 * DAY + 14);

        assertThat(BURST.detect(ledger.load(graph)))
                .singleElement()
                .satisfies(f -> assertThat(f.members().get(0).key()).isEqualTo("BANK:QUIET"));
    }

    @Test
    void a_burst_two_days_after_the_data_begins_is_judged_and_one_earlier_is_not(GraphConnection graph) {
        var ledger = new LedgerFixture().pay("FIRST", "ANYONE", "10.00", 0); // the data begin
        burstInto(ledger, "ON_TIME", 10, "1500.00", 2 * DAY, 10);
        ledger.pay("ON_TIME", "EXCHANGE", "14500.00", 2 * DAY + 12);
        burstInto(ledger, "TOO_EARLY", 10, "1500.00", 2 * DAY - 0.1, 10);
        ledger.pay("TOO_EARLY", "EXCHANGE", "14500.00", 2 * DAY + 12);

        assertThat(BURST.detect(ledger.load(graph)))
                .singleElement()
                .satisfies(f -> assertThat(f.members().get(0).key()).isEqualTo("BANK:ON_TIME"));
    }

    @Test
    void payments_sent_in_a_burst_from_money_that_just_arrived_are_a_burst_and_a_salary_run_is_not(
            GraphConnection graph) {
        var ledger = new LedgerFixture().pay("FIRST", "ANYONE", "10.00", 0);
        ledger.pay("SOURCE", "DISPATCHER", "20000.00", 10 * DAY);
        for (int i = 0; i < 10; i++) {
            ledger.pay("DISPATCHER", "CASHER" + i, "1950.00", 10 * DAY + 2 + i);
        }
        for (int day = 0; day < 10; day++) { // the employer's takings, then the salary run from them
            ledger.pay("CLIENT" + day, "EMPLOYER", "6000.00", day * DAY);
        }
        for (int i = 0; i < 20; i++) {
            ledger.pay("EMPLOYER", "STAFF" + i, "2500.00", 10 * DAY + 9 + i * 0.02);
        }

        assertThat(BURST.detect(ledger.load(graph))).singleElement().satisfies(f -> {
            assertThat(f.members().get(0).key()).isEqualTo("BANK:DISPATCHER");
            assertThat(f.explanation())
                    .isEqualTo("BANK:DISPATCHER sent 10 transfers (19,500.00 USD in all) to 10 counterparties within"
                            + " 9 h, 10.0 times its usual 1.0 in 24 h (0 in the 10.1 days before); it had received"
                            + " 20,000.00 USD in the 72 h before, and the burst paid out 98 % of it");
        });
    }

    @Test
    void a_shops_rush_of_card_payments_stays_with_the_shop_and_is_no_burst(GraphConnection graph) {
        var ledger = new LedgerFixture();
        for (int day = 0; day < 10; day++) {
            ledger.pay("REGULAR" + day, "SHOP", "35.00", day * DAY + 12, "Credit Card");
        }
        for (int i = 0; i < 40; i++) { // a market day: 40 card payments in 10 h, 10,400 USD
            ledger.pay("CUSTOMER" + i, "SHOP", "%d.00".formatted(160 + 2 * i), 10 * DAY + i * 0.25, "Credit Card");
        }
        ledger.pay("SHOP", "SUPPLIER", "2000.00", 11 * DAY); // the usual supplier payment

        assertThat(BURST.detect(ledger.load(graph))).isEmpty();
    }

    @Test
    void a_burst_that_is_a_pass_through_is_reported_as_the_pass_through(GraphConnection graph) {
        var ledger = usual(new LedgerFixture(), "MULE", 4);
        for (int i = 0; i < 10; i++) { // uneven amounts: no fan-in
            ledger.pay("MULE-SENDER" + i, "MULE", "%d.00".formatted(600 + 250 * i), 10 * DAY + 2 * i);
        }
        ledger.pay("MULE", "EXCHANGE", "16600.00", 10 * DAY + 20); // 97.6 % of 17,250
        ledger.load(graph);
        assertThat(BURST.detect(new org.flowtrace.analytics.projection.TransferProjectionReader(graph).read()))
                .hasSize(1);

        var counts = new PatternDetection(graph, PatternDetection.defaultDetectors()).run("detect-1", line -> {});

        assertThat(counts).containsEntry("pass-through", 1).containsEntry("burst", 0);
    }
}
