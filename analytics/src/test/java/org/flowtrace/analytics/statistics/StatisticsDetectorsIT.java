package org.flowtrace.analytics.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.flowtrace.analytics.patterns.LedgerFixture;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.finding.Finding;
import org.flowtrace.graph.finding.FindingMember;
import org.flowtrace.graph.model.EndpointLabel;
import org.flowtrace.graph.testing.Neo4jTest;
import org.junit.jupiter.api.Test;

@Neo4jTest
class StatisticsDetectorsIT {

    private static final double DAY = 24;

    /** Everyday card spending of 30–60 USD, one payment a day at 10:00 from {@code firstDay} on. */
    private static void spends(LedgerFixture ledger, String account, int firstDay, int days) {
        for (int d = firstDay; d < firstDay + days; d++) {
            ledger.pay(account, "SHOP" + (d % 3), "%d.%02d".formatted(30 + (d * 7) % 31, d), d * DAY + 2);
        }
    }

    private static List<String> accounts(List<Finding> findings) {
        return findings.stream().map(f -> f.members().get(0).key()).sorted().toList();
    }

    // --- amount anomalies

    @Test
    void an_amount_far_above_an_accounts_everyday_spending_is_found_with_its_evidence(GraphConnection graph) {
        var ledger = new LedgerFixture();
        spends(ledger, "MULE", 0, 20);
        ledger.pay("MULE", "OUT", "9000.00", 20 * DAY + 5); // test:21

        var findings = new AmountAnomalyDetector(AmountAnomalyParameters.DEFAULTS).detect(ledger.load(graph));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.typology()).isEqualTo("AMOUNT_ANOMALY");
            assertThat(f.detector()).isEqualTo("amount-anomaly");
            assertThat(f.detectorVersion()).isEqualTo("1");
            assertThat(f.transferIds()).containsExactly("test:21");
            assertThat(f.members()).containsExactly(new FindingMember(EndpointLabel.ACCOUNT, "BANK:MULE", "account"));
            assertThat(f.explanation())
                    .startsWith("BANK:MULE sent 1 amount far above its usual, the largest 9,000.00 USD (robust z-score")
                    .contains("of its 21 outgoing transfers); p = ")
                    .endsWith("after Bonferroni correction over 1 accounts' sides tested");
            assertThat(f.score()).isBetween(0.5, 1.0);
            assertThat(f.parameters()).containsEntry("minTransfers", "10").containsEntry("correction", "BONFERRONI");
        });
    }

    @Test
    void amounts_are_tested_from_the_minimum_number_of_transfers_on(GraphConnection graph) {
        var ledger = new LedgerFixture();
        for (int i = 0; i < 9; i++) {
            ledger.pay("TEN", "SHOP", "40.00", i);
            if (i < 8) {
                ledger.pay("NINE", "SHOP", "40.00", i);
            }
        }
        ledger.pay("TEN", "OUT", "5000.00", 20).pay("NINE", "OUT", "5000.00", 20);

        var findings = new AmountAnomalyDetector(AmountAnomalyParameters.DEFAULTS).detect(ledger.load(graph));

        assertThat(accounts(findings)).containsExactly("BANK:TEN");
    }

    @Test
    void an_amount_is_far_above_the_usual_from_the_z_score_threshold_and_the_minimum_in_usd(GraphConnection graph) {
        var parameters = new AmountAnomalyParameters(10, 4.0, 100, 0.1, 0.01, Correction.BONFERRONI, 10);
        var ledger = new LedgerFixture();
        for (int i = 0; i < 20; i++) {
            for (var account : List.of("OVER", "UNDER", "SMALL", "ENOUGH")) {
                ledger.pay(account, "SHOP", account.equals("SMALL") || account.equals("ENOUGH") ? "2.00" : "100.00", i);
            }
        }
        // MAD 0, floored at 0.1: z = log10(x / 100) / 0.14826, so 392.00 is z 4.002 and 391.00 is z 3.994
        ledger.pay("OVER", "OUT", "392.00", 30).pay("UNDER", "OUT", "391.00", 30);
        ledger.pay("SMALL", "OUT", "99.99", 30).pay("ENOUGH", "OUT", "100.00", 30);

        var findings = new AmountAnomalyDetector(parameters).detect(ledger.load(graph));

        assertThat(accounts(findings)).containsExactly("BANK:ENOUGH", "BANK:OVER");
    }

    @Test
    void amount_anomalies_work_on_wallets_alike(GraphConnection graph) {
        var ledger = new LedgerFixture();
        for (int i = 0; i < 15; i++) {
            ledger.walletToWallet("TWallet", "TShop" + i, "%d.50".formatted(20 + i), i * 5);
        }
        ledger.walletToWallet("TWallet", "TOut", "25000.00", 100);

        var findings = new AmountAnomalyDetector(AmountAnomalyParameters.DEFAULTS).detect(ledger.load(graph));

        assertThat(findings)
                .singleElement()
                .satisfies(f -> assertThat(f.members().get(0).label()).isEqualTo(EndpointLabel.WALLET));
    }

    // --- velocity

    /** Ten ordinary days, then on day 11 five payments of 3,000 USD in and {@code onward} USD out. */
    private static void passesThrough(LedgerFixture ledger, String mule, int ordinaryDays, String onward) {
        spends(ledger, mule, 0, ordinaryDays);
        double day = 11 * DAY;
        for (int s = 0; s < 5; s++) {
            ledger.pay(mule + "-S" + s, mule, "3000.00", day + 1 + s);
        }
        ledger.pay(mule, "EXCHANGE", onward, day + 8);
    }

    @Test
    void money_passed_through_in_a_day_far_above_the_accounts_usual_day_is_found(GraphConnection graph) {
        var ledger = new LedgerFixture();
        passesThrough(ledger, "MULE", 10, "14800.00");

        var findings = new VelocityAnomalyDetector(VelocityAnomalyParameters.DEFAULTS).detect(ledger.load(graph));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.typology()).isEqualTo("VELOCITY_ANOMALY");
            assertThat(f.transferIds()).hasSize(6).contains("test:16");
            assertThat(f.explanation())
                    .startsWith("BANK:MULE passed 14,800.00 USD through on 2026-03-13 (received 15,000.00 USD that day"
                            + " and the day before, sent 14,800.00 USD), against a median of")
                    .contains("on its 11 active days (robust z-score");
        });
    }

    @Test
    void velocity_needs_the_minimum_of_active_days_and_of_value_passed_through(GraphConnection graph) {
        var ledger = new LedgerFixture();
        passesThrough(ledger, "SEVEN", 6, "14800.00"); // 6 ordinary days and the day of the pass-through
        passesThrough(ledger, "SIX", 5, "14800.00");
        passesThrough(ledger, "BELOW", 10, "9999.99");
        passesThrough(ledger, "AT", 10, "10000.00");

        var findings = new VelocityAnomalyDetector(VelocityAnomalyParameters.DEFAULTS).detect(ledger.load(graph));

        assertThat(accounts(findings)).containsExactly("BANK:AT", "BANK:SEVEN");
    }

    // --- activity change

    @Test
    void a_dormant_account_that_comes_alive_is_an_activity_change(GraphConnection graph) {
        var ledger = new LedgerFixture().pay("SOMEONE", "ELSE", "10.00", 1); // the period starts on day 0
        for (int d = 7; d < 14; d++) {
            for (int i = 0; i < 6; i++) {
                ledger.pay("WAKE", "SHOP" + i, "25.00", d * DAY + i);
            }
        }

        var findings = new ActivityChangeDetector(ActivityChangeParameters.DEFAULTS).detect(ledger.load(graph));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.typology()).isEqualTo("ACTIVITY_CHANGE");
            assertThat(f.transferIds()).hasSize(10).contains("test:2");
            assertThat(f.explanation())
                    .startsWith("BANK:WAKE's activity rose on 2026-03-09: 0.0 transfers a day over the 7 days before,"
                            + " 6.0 a day over the 7 days from then (CUSUM");
        });
    }

    @Test
    void an_activity_change_needs_the_minimum_of_transfers_and_of_ratio(GraphConnection graph) {
        var ledger = new LedgerFixture().pay("SOMEONE", "ELSE", "10.00", 1);
        for (int d = 7; d < 14; d++) {
            int extra = d >= 12 ? 1 : 0;
            for (int i = 0; i < 4 + extra; i++) {
                ledger.pay("THIRTY", "T" + d + "-" + i, "25.00", d * DAY + i); // 4 a day, 5 on the last two: 30
            }
            for (int i = 0; i < 4 + (d == 13 ? 1 : 0); i++) {
                ledger.pay("TWENTYNINE", "N" + d + "-" + i, "25.00", d * DAY + i); // 29
            }
        }
        for (int d = 0; d < 14; d++) {
            for (int i = 0; i < (d < 7 ? 4 : 10); i++) {
                ledger.pay("TWICE", "W" + d + "-" + i, "25.00", d * DAY + i); // 4 then 10 a day: 2.5 times, under 3
            }
        }

        var findings = new ActivityChangeDetector(ActivityChangeParameters.DEFAULTS).detect(ledger.load(graph));

        assertThat(accounts(findings)).containsExactly("BANK:THIRTY");
    }

    // --- Benford

    /** {@code count} payments whose first digits are 7, 8 and 9 in turn, spread over 10 to 9,999 USD. */
    private static void madeUp(LedgerFixture ledger, String account, int count) {
        for (int i = 0; i < count; i++) {
            int digit = 7 + i % 3;
            double amount = (digit + (i % 10) / 10.0) * Math.pow(10, 1 + i % 3);
            ledger.pay(account, "R" + i, String.format(Locale.ROOT, "%.2f", amount), i);
        }
    }

    @Test
    void first_digits_far_from_benfords_law_are_found_from_the_minimum_number_of_transfers(GraphConnection graph) {
        var ledger = new LedgerFixture();
        madeUp(ledger, "FIFTY", 50);
        madeUp(ledger, "FORTYNINE", 49);

        var findings = new BenfordDetector(BenfordParameters.DEFAULTS).detect(ledger.load(graph));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.typology()).isEqualTo("BENFORD");
            assertThat(f.members().get(0).key()).isEqualTo("BANK:FIFTY");
            assertThat(f.transferIds()).hasSize(10);
            assertThat(f.explanation())
                    .startsWith(
                            "BANK:FIFTY: 50 outgoing transfers; first digits deviate from Benford's law: chi-square")
                    .contains(
                            "after Bonferroni correction over 1 accounts' sides tested; 32 % start with 9 (Benford: 4.6 %)");
        });
    }

    // --- look-alikes

    @Test
    void a_merchant_with_many_small_card_payments_and_a_payroll_account_are_not_flagged(GraphConnection graph) {
        var ledger = new LedgerFixture();
        for (int d = 0; d < 14; d++) {
            int payments = d % 7 >= 5 ? 15 : 30; // quieter weekends
            for (int i = 0; i < payments; i++) {
                // card payments log-spread over 5–500 USD (their first digits follow Benford's law)
                int k = d * 30 + i;
                ledger.pay(
                        "CUSTOMER" + (k % 97),
                        "MERCHANT",
                        String.format(Locale.ROOT, "%.2f", 5 * Math.pow(100, (k * 0.618034) % 1)),
                        d * DAY + 8 + i * 0.3,
                        "Credit Card");
            }
            ledger.pay("MERCHANT", "SUPPLIER", "%d.00".formatted(900 + d * 35), d * DAY + 20);
            ledger.pay("CLIENT" + d % 4, "EMPLOYER", "%d.00".formatted(5_000 + d * 110), d * DAY + 9);
            ledger.pay("EMPLOYER", "UTILITY", "%d.00".formatted(400 + d * 9), d * DAY + 15);
        }
        for (int s = 0; s < 60; s++) { // the monthly salary run, and a tax bill three salaries large
            ledger.pay("EMPLOYER", "STAFF" + s, "%d.00".formatted(2_500 + s * 13), 10 * DAY + 9 + s / 60.0, "ACH");
        }
        ledger.pay("EMPLOYER", "TAX", "9000.00", 10 * DAY + 11);
        var projection = ledger.load(graph);

        for (var detector : List.of(
                new AmountAnomalyDetector(AmountAnomalyParameters.DEFAULTS),
                new VelocityAnomalyDetector(VelocityAnomalyParameters.DEFAULTS),
                new ActivityChangeDetector(ActivityChangeParameters.DEFAULTS),
                new BenfordDetector(BenfordParameters.DEFAULTS))) {
            assertThat(detector.detect(projection)).as(detector.name()).isEmpty();
        }
    }

    // --- features

    @Test
    void an_accounts_statistics_are_features_for_a_score(GraphConnection graph) {
        var ledger = new LedgerFixture();
        passesThrough(ledger, "MULE", 10, "14800.00");
        var projection = ledger.load(graph);
        int mule = java.util.stream.IntStream.range(0, projection.endpointCount())
                .filter(e -> projection.endpointKey(e).equals("BANK:MULE"))
                .findFirst()
                .orElseThrow();

        var features = new AccountStatistics(projection).features(mule);

        assertThat(features.key()).isEqualTo("BANK:MULE");
        assertThat(features.outgoingAmountZ()).isGreaterThan(10);
        assertThat(features.incomingAmountZ()).isNaN(); // five payments received: too few for a baseline
        assertThat(features.velocityZ()).isGreaterThan(10);
        assertThat(features.activityChangeP()).isNaN(); // 16 transfers: too few to be tested
        assertThat(features.outgoingBenfordP()).isNaN();
    }
}
