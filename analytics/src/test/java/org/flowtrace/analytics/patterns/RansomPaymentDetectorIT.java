package org.flowtrace.analytics.patterns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.finding.FindingMember;
import org.flowtrace.graph.model.EndpointLabel;
import org.flowtrace.graph.testing.Neo4jTest;
import org.junit.jupiter.api.Test;

/** Ransom payments against family remittances, ordinary large payments and the parameters' edges. */
@Neo4jTest
class RansomPaymentDetectorIT {

    private static final RansomParameters RANSOM = RansomParameters.DEFAULTS;

    @Test
    void a_family_paying_a_mule_that_passes_it_on_within_hours_is_a_ransom(GraphConnection graph) {
        var ledger = new LedgerFixture()
                .payAt("FAMILY:MOTHER", "MKB:MULE", "4000.00", 0)
                .payAt("FAMILY:UNCLE", "MKB:MULE", "4000.00", 30)
                .payAt("FAMILY:SISTER", "MKB:MULE", "4000.00", 70)
                .payAt("MKB:MULE", "EXCH:DEPOSIT", "11760.00", 73); // 98 %, 3 h after the last payment

        var findings = new RansomPaymentDetector(RANSOM).detect(ledger.load(graph));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.typology()).isEqualTo("RANSOM");
            assertThat(f.transferIds()).containsExactly("test:1", "test:2", "test:3", "test:4");
            assertThat(f.members().get(0)).isEqualTo(new FindingMember(EndpointLabel.ACCOUNT, "MKB:MULE", "mule"));
            assertThat(f.score()).isEqualTo(1.0);
            assertThat(f.explanation())
                    .isEqualTo("3 one-off payers at one bank paid 12,000.00 USD to MKB:MULE within 2 days;"
                            + " MKB:MULE sent 98 % of it on to EXCH:DEPOSIT within 3 h");
        });
    }

    @Test
    void references_that_name_a_debt_or_a_release_fee_raise_the_score_and_are_quoted(GraphConnection graph) {
        new LedgerFixture()
                .payAt("FAMILY:MOTHER", "MKB:MULE", "6000.00", 0)
                .referenced("trả nợ cho Hùng")
                .payAt("FAMILY:FATHER", "MKB:MULE", "3000.00", 20)
                .referenced("释放手续费")
                .payAt("MKB:MULE", "EXCH:DEPOSIT", "8800.00", 27) // 7 h later: 0.9 without the references
                .payAt("HOME:AUNT", "SRB:MULE2", "7000.00", 0)
                .referenced("feedback for the notebook")
                .payAt("SRB:MULE2", "EXCH:DEPOSIT", "6900.00", 5)
                .load(graph);

        new PatternDetection(graph, List.of(new RansomPaymentDetector(RANSOM))).run("detect-refs", line -> {});

        assertThat(graph.readQuery(
                                "MATCH (f:Finding {typology: 'RANSOM'}) RETURN f.explanation AS e, round(f.score, 2) AS s"
                                        + " ORDER BY e")
                        .execute()
                        .records())
                .extracting(r -> r.get("e").asString(), r -> r.get("s").asDouble())
                .containsExactly(
                        tuple(
                                "1 one-off payer paid 7,000.00 USD to SRB:MULE2; SRB:MULE2 sent 99 % of it on to"
                                        + " EXCH:DEPOSIT within 5 h",
                                0.7),
                        tuple(
                                "2 one-off payers at one bank paid 9,000.00 USD to MKB:MULE within 20 h; MKB:MULE sent"
                                        + " 98 % of it on to EXCH:DEPOSIT within 7 h; the references name debt (\"nợ\"),"
                                        + " release (\"释放\"), fee (\"手续费\"): 'trả nợ cho Hùng', '释放手续费'",
                                0.95));
    }

    @Test
    void payments_naming_a_debt_passed_on_the_next_day_are_a_ransom_and_school_fees_are_not(GraphConnection graph) {
        new LedgerFixture()
                .payAt("VN:MOTHER", "TH:MULE", "8000.00", 0)
                .referenced("trả nợ cho Hùng / debt")
                .payAt("ID:SISTER", "TH:MULE", "5000.00", 22)
                .referenced("biaya tiket pulang Rizky / ticket")
                .payAt("TH:MULE", "TH:SHELL", "7000.00", 22 + 26) // the next day, in two parts
                .payAt("TH:MULE", "TH:SHELL", "5900.00", 22 + 27)
                .payAt("VN:FATHER", "AU:STUDENT", "6000.00", 0)
                .referenced("school fees for Minh")
                .payAt("AU:STUDENT", "AU:UNIVERSITY", "6000.00", 30)
                .load(graph);

        new PatternDetection(graph, List.of(new RansomPaymentDetector(RANSOM))).run("detect-words", line -> {});

        assertThat(graph.readQuery(
                                "MATCH (f:Finding {typology: 'RANSOM'}) RETURN f.explanation AS e, f.transferIds AS ids")
                        .execute()
                        .records())
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.get("ids").asList(v -> v.asString()))
                            .containsExactly("test:1", "test:2", "test:3", "test:4");
                    assertThat(r.get("e").asString())
                            .isEqualTo("2 payments of 13,000.00 USD in all to TH:MULE whose references name debt"
                                    + " (\"debt\"), fee (\"biaya\"), ticket (\"ticket\"): 'trả nợ cho Hùng / debt',"
                                    + " 'biaya tiket pulang Rizky / ticket'; TH:MULE passed 99 % of it on to TH:SHELL"
                                    + " within 27 h");
                });
    }

    @Test
    void a_monthly_family_remittance_of_the_same_size_is_no_ransom(GraphConnection graph) {
        var ledger = new LedgerFixture()
                .payAt("HOME:FATHER", "ABROAD:SON", "5000.00", 0)
                .payAt("ABROAD:SON", "ABROAD:LANDLORD", "4900.00", 4)
                .payAt("HOME:FATHER", "ABROAD:SON", "5000.00", 24 * 30)
                .payAt("ABROAD:SON", "ABROAD:LANDLORD", "4900.00", 24 * 30 + 4);

        assertThat(new RansomPaymentDetector(RANSOM).detect(ledger.load(graph))).isEmpty();
    }

    @Test
    void money_kept_passed_on_too_late_or_beyond_the_ransom_range_is_no_ransom(GraphConnection graph) {
        var ledger = new LedgerFixture()
                .payAt("A:KEEPER", "B:SAVER", "6000.00", 0)
                .payAt("B:SAVER", "C:SHOP", "2000.00", 2) // a third passed on
                .payAt("A:LATE", "B:SLOW", "6000.00", 0)
                .payAt("B:SLOW", "C:EXCH", "5900.00", 12.5) // more than 12 h later
                .payAt("A:RICH", "B:BIG", "30000.00", 0)
                .payAt("B:BIG", "C:EXCH", "29500.00", 2); // above 21,000 USD

        assertThat(new RansomPaymentDetector(RANSOM).detect(ledger.load(graph))).isEmpty();
    }

    @Test
    void one_off_payments_into_a_busy_shop_that_pays_a_supplier_are_no_ransom(GraphConnection graph) {
        var ledger = new LedgerFixture()
                .payAt("A:NEWCLIENT", "B:SHOP", "5000.00", 0)
                .payAt("B:SHOP", "C:SUPPLIER", "4900.00", 3);
        for (int i = 0; i < 12; i++) { // 6,000 USD of other takings meanwhile: the payment is under half
            ledger.payAt("A:CUSTOMER" + i, "B:SHOP", "500.00", 0.2 * (i + 1));
            ledger.payAt("A:CUSTOMER" + i, "B:SHOP", "500.00", 24 * 20 + i); // regulars, not one-off
        }

        assertThat(new RansomPaymentDetector(RANSOM).detect(ledger.load(graph))).isEmpty();
    }

    @Test
    void one_payer_passed_on_just_within_twelve_hours_is_found_with_a_lower_score(GraphConnection graph) {
        var ledger = new LedgerFixture()
                .payAt("A:BROTHER", "B:MULE", "8500.00", 0)
                .payAt("B:MULE", "C:EXCH", "8400.00", 11.9);

        var findings = new RansomPaymentDetector(RANSOM).detect(ledger.load(graph));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.score()).isEqualTo(0.6);
            assertThat(f.explanation())
                    .isEqualTo("1 one-off payer paid 8,500.00 USD to B:MULE; B:MULE sent 99 % of it on to C:EXCH"
                            + " within 11 h");
        });
    }

    @Test
    void a_remittance_cashed_out_at_the_receivers_own_deposit_address_or_paid_to_its_landlord_is_no_ransom(
            GraphConnection graph) {
        var ledger = new LedgerFixture()
                .usdt("TWORKER", "TRELATIVE", "6000.00", 0) // this month's remittance (the last is out of range)
                .usdt("TRELATIVE", "TOWNDEPOSIT", "5700.00", 4) // cashed out: 95 % in 4 h ...
                .usdt("TRELATIVE", "TOWNDEPOSIT", "120.00", 24 * 9) // ... where she cashes out at other times
                .usdt("TFAMILY", "TMULE", "6000.00", 0) // a ransom: the same shape, ...
                .usdt("TMULE", "TCOLLECTION", "5700.00", 4) // ... to a wallet it pays at no other time
                .payAt("A:TENANT", "B:LANDLORD", "900.00", 0) // paid before: her landlord
                .payAt("A:SON", "A:TENANT", "6000.00", 24 * 3)
                .payAt("A:TENANT", "B:LANDLORD", "5800.00", 24 * 3 + 2)
                .payAt("C:AUNT", "C:NEPHEW", "6000.00", 0) // a ransom to an exchange's bank account, which the
                .payAt("C:NEPHEW", "X:EXCHANGE", "5800.00", 2) // mule pays again later: anyone pays that account
                .payAt("C:NEPHEW", "X:EXCHANGE", "300.00", 24 * 5);

        var findings = new RansomPaymentDetector(RANSOM).detect(ledger.load(graph));

        assertThat(findings)
                .extracting(f -> f.members().get(0).key())
                .containsExactlyInAnyOrder("TRON:TMULE", "C:NEPHEW");
    }

    @Test
    void a_mule_passing_two_ransoms_to_one_collection_wallet_is_one_finding_with_both(GraphConnection graph) {
        var ledger = new LedgerFixture()
                .usdt("TMOTHER", "TMULE", "5000.00", 0)
                .usdt("TMULE", "TCOLLECTION", "4900.00", 3)
                .usdt("TBROTHER", "TMULE", "8000.00", 24 * 4) // another family
                .usdt("TMULE", "TCOLLECTION", "7900.00", 24 * 4 + 2); // the same wallet: a ransom again

        var findings = new RansomPaymentDetector(RANSOM).detect(ledger.load(graph));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.transferIds()).containsExactly("test:1", "test:2", "test:3", "test:4");
            assertThat(f.score()).isEqualTo(0.7);
            assertThat(f.explanation())
                    .isEqualTo("TRON:TMULE passed payments on 2 times: (1) 1 one-off payer paid 5,000.00 USD to"
                            + " TRON:TMULE; TRON:TMULE sent 98 % of it on to TRON:TCOLLECTION within 3 h. (2) 1"
                            + " one-off payer paid 8,000.00 USD to TRON:TMULE; TRON:TMULE sent 99 % of it on to"
                            + " TRON:TCOLLECTION within 2 h");
        });
    }

    @Test
    void a_shop_paid_by_thirty_others_in_a_fortnight_passing_a_large_payment_to_a_supplier_is_no_ransom(
            GraphConnection graph) {
        var ledger = new LedgerFixture();
        for (int i = 0; i < 29; i++) { // small card payments every 8 h: 29 customers, the quiet shop's 28
            ledger.payAt("CARD:CUSTOMER" + i, "B:SHOP", "40.00", 8 * i);
            if (i > 0) {
                ledger.payAt("CARD:CUSTOMER" + i, "B:QUIET", "40.00", 8 * i);
            }
        }
        ledger.payAt("A:NEWCLIENT", "B:SHOP", "5000.00", 8 * 29) // the 30th payer in a fortnight
                .payAt("B:SHOP", "C:SUPPLIER", "4900.00", 8 * 29 + 3)
                .payAt("A:OTHERCLIENT", "B:QUIET", "5000.00", 8 * 29) // the 29th
                .payAt("B:QUIET", "C:SUPPLIER", "4900.00", 8 * 29 + 3);

        var findings = new RansomPaymentDetector(RANSOM).detect(ledger.load(graph));

        assertThat(findings)
                .singleElement()
                .satisfies(f -> assertThat(f.members().get(0))
                        .isEqualTo(new FindingMember(EndpointLabel.ACCOUNT, "B:QUIET", "mule")));
    }

    @Test
    void money_moved_to_the_receivers_own_account_or_referenced_payments_dwarfed_by_the_outflow_are_no_ransom(
            GraphConnection graph) {
        var ledger = new LedgerFixture()
                .payAt("A:FATHER", "B:SAVER", "6000.00", 0)
                .payAt("B:SAVER", "B:SAVER", "6000.00", 2) // to itself
                .payAt("A:CLIENT", "B:COMPANY", "2000.00", 0)
                .referenced("loan repayment")
                .payAt("B:COMPANY", "C:EXCHANGE", "50000.00", 30); // weeks of takings, not the payment
        var projection = ledger.load(graph);
        var references = new RansomReferenceReader(graph, RansomWords.bundled()).read(RANSOM);

        assertThat(references.isEmpty()).isFalse();
        assertThat(new RansomPaymentDetector(RANSOM).withReferences(references).detect(projection))
                .isEmpty();
    }

    @Test
    void a_payment_the_size_its_payer_always_pays_is_no_ransom_and_a_mothers_unusual_one_is(GraphConnection graph) {
        var ledger = new LedgerFixture();
        for (int i = 0; i < 6; i++) {
            ledger.payAt("A:WHOLESALER", "Z:CLIENT" + i, "5000.00", i); // its usual invoices
            ledger.payAt("A:MOTHER", "Z:SHOP" + i, "40.00", i); // her usual spending
        }
        ledger.payAt("A:WHOLESALER", "B:AGENT", "5000.00", 24)
                .payAt("B:AGENT", "C:SUPPLIER", "4900.00", 27)
                .payAt("A:MOTHER", "B:MULE", "5000.00", 24)
                .payAt("B:MULE", "C:EXCHANGE", "4900.00", 27);

        var findings = new RansomPaymentDetector(RANSOM).detect(ledger.load(graph));

        assertThat(findings)
                .singleElement()
                .satisfies(f -> assertThat(f.members().get(0))
                        .isEqualTo(new FindingMember(EndpointLabel.ACCOUNT, "B:MULE", "mule")));
    }
}
