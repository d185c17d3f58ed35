package org.flowtrace.analytics.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flowtrace.analytics.tracing.Book.held;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hand-worked examples of every rule, to the cent. The arithmetic of each is written out in docs/tracing.md. */
class AllocationRulesTest {

    /**
     * Sok Vannak's frozen account of the compound case (sample-ledgers compound-case README, "Restitution
     * from Sok Vannak's frozen account"): clean 1,000, V1 5,000, V2 3,000, debit 4,500, V3 6,000, clean 500,
     * debit 3,300, V4 2,000; 9,700.00 left.
     */
    private static Book mule() {
        return new Book()
                .pay("EMPLOYER", "MULE", "1000.00")
                .pay("V1", "MULE", "5000.00")
                .traced("V1")
                .pay("V2", "MULE", "3000.00")
                .traced("V2")
                .pay("MULE", "SHELL", "4500.00")
                .pay("V3", "MULE", "6000.00")
                .traced("V3")
                .pay("SISTER", "MULE", "500.00")
                .pay("MULE", "OTC", "3300.00")
                .pay("V4", "MULE", "2000.00")
                .traced("V4");
    }

    @ParameterizedTest(name = "{0}: V1 {1}, V2 {2}, V3 {3}, V4 {4}, clean {5}")
    @CsvSource({
        "haircut, 1750.00, 1050.00, 4200.00, 2000.00, 700.00",
        "fifo,    0.00,    1200.00, 6000.00, 2000.00, 500.00",
        "lifo,    3500.00, 0.00,    3200.00, 2000.00, 1000.00",
        "libr,    2062.50, 1237.50, 4400.00, 2000.00, 0.00"
    })
    void the_frozen_mule_account_of_the_compound_case_splits_as_worked_by_hand(
            String rule, String v1, String v2, String v3, String v4, String clean) {
        var book = mule();
        var result = book.replay(TaintAllocator.named(rule), "MULE");
        assertThat(result.balances().get("MULE")).isEqualByComparingTo("9700.00");
        assertThat(held(result, "MULE", book.source("V1"))).isEqualTo(v1);
        assertThat(held(result, "MULE", book.source("V2"))).isEqualTo(v2);
        assertThat(held(result, "MULE", book.source("V3"))).isEqualTo(v3);
        assertThat(held(result, "MULE", book.source("V4"))).isEqualTo(v4);
        assertThat(held(result, "MULE", Source.CLEAN)).isEqualTo(clean);
    }

    @Test
    void poison_traces_the_whole_frozen_balance_to_every_victim_who_paid_in() {
        var book = mule();
        var result = book.replay(new PoisonAllocator(), "MULE");
        for (var victim : new String[] {"V1", "V2", "V3", "V4"}) {
            assertThat(held(result, "MULE", book.source(victim))).isEqualTo("9700.00");
        }
        assertThat(result.resting().get("MULE")).doesNotContainKey(Source.CLEAN);
    }

    /**
     * Roscoe (James) (Bolton) Ltd v Winder [1915] 1 Ch 62, the classic LIBR case (as explained in the
     * equity textbooks and the "Tracing (law)" literature): trust money paid into the wrongdoer's
     * account, the balance later falling to £25 18s, then his own money paid in; the claim is capped at
     * the lowest intermediate balance. Our figures, in decimal pounds: own 100.00, trust 455.95, a
     * withdrawal of 530.05 leaving 25.90, own 332.37 paid in afterwards (358.27 at the end).
     */
    @Test
    void libr_caps_the_trust_money_at_the_lowest_intermediate_balance_as_in_roscoe_v_winder() {
        var book = new Book()
                .pay("OWN", "WINDER", "100.00")
                .pay("DEBTORS", "WINDER", "455.95")
                .traced("trust")
                .pay("WINDER", "SPENT", "530.05")
                .pay("OWN", "WINDER", "332.37");
        var trust = book.source("trust");

        var libr = book.replay(new LibrAllocator(), "WINDER");
        assertThat(libr.balances().get("WINDER")).isEqualByComparingTo("358.27");
        assertThat(held(libr, "WINDER", trust)).isEqualTo("25.90"); // the lowest balance, not replenished
        assertThat(libr.hops())
                .filteredOn(h -> h.transferId().equals("t3"))
                .singleElement()
                .satisfies(h -> {
                    assertThat(h.allocated()).isEqualByComparingTo("430.05");
                    assertThat(h.step()).startsWith("LIBR, beyond the holder's own money");
                });

        // the other rules on the same account: haircut 455.95 × 25.90 / 555.95 = 21.2406… → 21.24
        assertThat(held(book.replay(new HaircutAllocator(), "WINDER"), "WINDER", trust))
                .isEqualTo("21.24");
        assertThat(held(book.replay(new FifoAllocator(), "WINDER"), "WINDER", trust))
                .isEqualTo("25.90");
        assertThat(held(book.replay(new LifoAllocator(), "WINDER"), "WINDER", trust))
                .isEqualTo("0.00");
    }

    /** Re Hallett's Estate (1880) 13 Ch D 696: the wrongdoer is presumed to spend his own money first. */
    @Test
    void libr_spends_the_holders_own_money_first_as_in_re_halletts_estate() {
        var book = new Book()
                .pay("OWN", "HALLETT", "100.00")
                .pay("TRUST", "HALLETT", "100.00")
                .traced("trust")
                .pay("HALLETT", "SPENT", "120.00");
        assertThat(held(book.replay(new LibrAllocator(), "HALLETT"), "HALLETT", book.source("trust")))
                .isEqualTo("80.00");
        assertThat(held(book.replay(new HaircutAllocator(), "HALLETT"), "HALLETT", book.source("trust")))
                .isEqualTo("40.00");
    }

    /**
     * FIFO against haircut, after the contrast drawn in R. Anderson, I. Shumailov, M. Ahmed, A. Rietmann,
     * "Bitcoin Redux" (WEIS 2018): 3.00 stolen then 7.00 clean enter a wallet, which pays 5.00 to X and
     * then 5.00 to Y. FIFO puts all the stolen money in the payment to X; haircut puts 30 % of each
     * payment; poison taints both wholly; LIFO puts it in the payment to Y.
     */
    @ParameterizedTest(name = "{0}: stolen to X {1}, to Y {2}")
    @CsvSource({
        "fifo,    3.00, 0.00",
        "haircut, 1.50, 1.50",
        "poison,  5.00, 5.00",
        "lifo,    0.00, 3.00",
        "libr,    0.00, 3.00"
    })
    void fifo_and_haircut_put_the_same_stolen_coins_in_different_payments(String rule, String toX, String toY) {
        var book = new Book()
                .pay("THIEF", "WALLET", "3.00")
                .traced("stolen")
                .pay("HOLDER", "WALLET", "7.00")
                .pay("WALLET", "X", "5.00")
                .pay("WALLET", "Y", "5.00");
        var result = book.replay(TaintAllocator.named(rule), "WALLET");
        var stolen = book.source("stolen");
        assertThat(arrived(result, "X", stolen)).isEqualTo(toX);
        assertThat(arrived(result, "Y", stolen)).isEqualTo(toY);
    }

    @Test
    void a_fee_takes_its_share_of_the_traced_money_and_is_reported() {
        var book = new Book()
                .pay("VICTIM", "MULE", "1000.00")
                .traced("victim")
                .pay("CLEAN", "MULE", "1000.00")
                .pay("MULE", "EXCHANGE", "1000.00", "10.00");
        var victim = book.source("victim");
        var result = book.replay(new HaircutAllocator(), "MULE");
        assertThat(arrived(result, "EXCHANGE", victim)).isEqualTo("495.00"); // 500.00 allocated, 5.00 of the fee
        assertThat(result.fees()).containsEntry(victim, new BigDecimal("5.00"));
        assertThat(held(result, "MULE", victim)).isEqualTo("500.00");
        // conservation for the victim: 1,000.00 = 495.00 arrived + 5.00 fee + 500.00 remaining
    }

    @Test
    void an_outflow_beyond_the_recorded_inflows_is_met_by_an_assumed_opening_balance_not_by_a_silent_zero() {
        var book = new Book().pay("VICTIM", "MULE", "100.00").traced("victim").pay("MULE", "OUT", "150.00");
        var fifo = book.replay(new FifoAllocator(), "MULE");
        assertThat(fifo.openingAssumed()).containsEntry("MULE", new BigDecimal("50.00"));
        assertThat(arrived(fifo, "OUT", book.source("victim"))).isEqualTo("100.00");
        assertThat(fifo.balances().get("MULE")).isEqualByComparingTo("0.00");
        var libr = book.replay(new LibrAllocator(), "MULE");
        assertThat(arrived(libr, "OUT", book.source("victim"))).isEqualTo("100.00"); // the opening 50 spent first
    }

    @Test
    void each_fifo_hop_names_the_credit_it_was_taken_from() {
        var book = new Book().pay("V", "A", "40.00").traced("v").pay("A", "B", "25.00");
        var hop = book.replay(new FifoAllocator(), "A").hops().stream()
                .filter(h -> h.transferId().equals("t2"))
                .findFirst()
                .orElseThrow();
        assertThat(hop.allocated()).isEqualByComparingTo("25.00");
        assertThat(hop.step())
                .isEqualTo("FIFO, oldest money first: 25.00 of the credit t1 of 2026-03-01 (15.00 of it left)");
        assertThat(hop.depth()).isEqualTo(2);
    }

    @Test
    void rules_are_found_by_name_and_unknown_names_are_refused() {
        assertThat(TaintAllocator.named("LIBR")).isInstanceOf(LibrAllocator.class);
        assertThat(TaintAllocator.all())
                .extracting(TaintAllocator::name)
                .containsExactly("poison", "haircut", "fifo", "lifo", "libr");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TaintAllocator.named("lofo"))
                .hasMessageContaining("known: poison, haircut, fifo, lifo, libr");
    }

    private static String arrived(FlowReplay.Result result, String endpoint, Source source) {
        var amount = result.arrived().getOrDefault(endpoint, Map.of()).get(source);
        return amount == null ? "0.00" : amount.toPlainString();
    }
}
