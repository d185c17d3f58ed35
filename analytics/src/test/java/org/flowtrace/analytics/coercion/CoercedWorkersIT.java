package org.flowtrace.analytics.coercion;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.flowtrace.analytics.patterns.LedgerFixture;
import org.flowtrace.analytics.patterns.PatternDetection;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.testing.Neo4jTest;
import org.junit.jupiter.api.Test;

/**
 * Coerced workers on hand-built graphs: each indicator just inside and just outside its threshold, a mule
 * that keeps a cut, an exchange, the operator's own wallets, reports naming victims or only a mule, and
 * the suspect ranking that never holds a possible victim.
 */
@Neo4jTest
class CoercedWorkersIT {

    private static final CoercionParameters DEFAULTS = CoercionParameters.DEFAULTS;

    /** The operator's collection wallet TOP, tagged scam by a TagPack. */
    private static void tagOperator(GraphConnection graph, String wallet) {
        graph.query("""
                        MATCH (w:Wallet {key: $wallet})
                        CREATE (w)-[:TAGGED]->(:Tag {key: 'tag:' + $wallet, label: 'compound collection', category: 'scam'})
                        """).withParameters(Map.of("wallet", wallet)).execute();
    }

    private static List<String> victims(GraphConnection graph) {
        return PossibleVictims.of(graph).stream()
                .flatMap(v -> v.victims().stream())
                .toList();
    }

    /** Loads the ledger, tags TRON:TOP as the operator's, runs the indicators and returns whom they mark. */
    private static List<String> victimsOf(LedgerFixture ledger, GraphConnection graph) {
        ledger.load(graph);
        tagOperator(graph, "TRON:TOP");
        detect(graph);
        return victims(graph);
    }

    private static CoercedWorkerIndicators.Summary detect(GraphConnection graph) {
        return new CoercedWorkerIndicators(graph, DEFAULTS).run("run-1", line -> {});
    }

    @Test
    void a_wallet_forwarding_two_victims_money_wholly_to_a_tagged_operator_wallet_is_a_possible_victim(
            GraphConnection graph) {
        new LedgerFixture()
                .walletToWallet("TVICTIM1", "TWORKER", "6000.00", 0)
                .walletToWallet("TWORKER", "TOP", "6000.00", 3)
                .walletToWallet("TVICTIM2", "TWORKER", "4500.00", 72)
                .walletToWallet("TWORKER", "TOP", "4500.00", 76)
                .load(graph);
        tagOperator(graph, "TRON:TOP");

        assertThat(detect(graph).endpoints()).isEqualTo(1);

        assertThat(PossibleVictims.of(graph)).singleElement().satisfies(v -> {
            assertThat(v.victims()).containsExactly("TRON:TWORKER");
            assertThat(v.score()).isEqualTo(0.6, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(v.explanation())
                    .startsWith("TRON:TWORKER may belong to a coerced worker: a possible victim of trafficking,"
                            + " not a suspect (score 0.60).")
                    .contains("10,500.00 USD from 2 unrelated one-off senders; 100 % of all it sent"
                            + " (10,500.00 USD) went to the operator's TRON:TOP, typically within 4 h");
        });
        assertThat(graph.readQuery("""
                        MATCH (f:Finding {typology: 'POSSIBLE_TRAFFICKING_VICTIM'})-[r:INVOLVES]->(n)
                        RETURN n.key + ' ' + r.role AS line ORDER BY line
                        """).execute().records().stream()
                        .map(r -> r.get("line").asString()))
                .containsExactly(
                        "TRON:TOP operator",
                        "TRON:TVICTIM1 sender",
                        "TRON:TVICTIM2 sender",
                        "TRON:TWORKER possible victim");
    }

    @Test
    void ninety_percent_to_the_operator_is_enough_and_eighty_nine_is_not(GraphConnection graph) {
        var ledger = new LedgerFixture()
                .walletToWallet("TV1", "TINSIDE", "5000.00", 0)
                .walletToWallet("TV2", "TINSIDE", "5000.00", 1)
                .walletToWallet("TINSIDE", "TOP", "9000.00", 2)
                .walletToWallet("TINSIDE", "TSHOP", "1000.00", 3)
                .walletToWallet("TV3", "TOUTSIDE", "5000.00", 0)
                .walletToWallet("TV4", "TOUTSIDE", "5000.00", 1)
                .walletToWallet("TOUTSIDE", "TOP", "8900.00", 2)
                .walletToWallet("TOUTSIDE", "TSHOP", "1100.00", 3);

        assertThat(victimsOf(ledger, graph)).containsExactly("TRON:TINSIDE");
    }

    @Test
    void one_victim_sender_is_not_enough_nor_a_regular_payer_nor_a_sender_it_pays_back(GraphConnection graph) {
        var ledger = new LedgerFixture()
                .walletToWallet("TV1", "TONE", "9000.00", 0)
                .walletToWallet("TONE", "TOP", "9000.00", 2)
                .walletToWallet("TV2", "TREGULAR", "2000.00", 0)
                .walletToWallet("TFRIEND", "TBACK", "3000.00", 0)
                .walletToWallet("TV3", "TBACK", "3000.00", 1)
                .walletToWallet("TBACK", "TFRIEND", "100.00", 2) // pays the friend back: not a victim
                .walletToWallet("TBACK", "TOP", "5900.00", 3);
        for (int i = 0; i < 4; i++) { // TREG pays TREGULAR four times: an employer, not a one-off payer
            ledger.walletToWallet("TREG", "TREGULAR", "2000.00", 10 + i);
        }
        ledger.walletToWallet("TREGULAR", "TOP", "10000.00", 20);

        assertThat(victimsOf(ledger, graph)).isEmpty();
    }

    @Test
    void a_mule_that_keeps_a_cut_and_pays_many_places_is_not_a_victim(GraphConnection graph) {
        var ledger = new LedgerFixture()
                .walletToWallet("TV1", "TMULE", "3000.00", 0)
                .walletToWallet("TV2", "TMULE", "3000.00", 1)
                .walletToWallet("TV3", "TMULE", "2000.00", 2)
                .walletToWallet("TV4", "TMULE", "2000.00", 3)
                .walletToWallet("TMULE", "TOP", "5000.00", 5)
                .walletToWallet("TMULE", "TOTC", "1500.00", 6)
                .walletToWallet("TMULE", "TCAR", "1500.00", 7); // keeps 2,000 USD

        assertThat(victimsOf(ledger, graph)).isEmpty();
    }

    @Test
    void an_exchange_and_the_operators_own_deposit_wallet_are_never_victims(GraphConnection graph) {
        new LedgerFixture()
                .walletToWallet("TU1", "TEXCHANGE", "4000.00", 0)
                .walletToWallet("TU2", "TEXCHANGE", "4000.00", 1)
                .walletToWallet("TEXCHANGE", "TOP", "8000.00", 2)
                .walletToWallet("TV1", "TDEPOSIT", "30000.00", 0)
                .walletToWallet("TV2", "TDEPOSIT", "9800.00", 1)
                .walletToWallet("TDEPOSIT", "TOP", "39800.00", 4)
                .load(graph);
        tagOperator(graph, "TRON:TOP");
        tagOperator(graph, "TRON:TDEPOSIT");
        graph.query("MATCH (w:Wallet {key: 'TRON:TEXCHANGE'}) SET w.custodial = true")
                .execute();

        detect(graph);

        assertThat(victims(graph)).isEmpty();
    }

    @Test
    void a_designated_operators_bank_account_counts_as_the_operators(GraphConnection graph) {
        new LedgerFixture()
                .payAt("VN:VICTIM1", "KH:WORKER", "3000.00", 0)
                .payAt("MY:VICTIM2", "KH:WORKER", "2000.00", 5)
                .payAt("KH:WORKER", "KH:BOSS", "5000.00", 8)
                .load(graph);
        graph.query("""
                        MATCH (a:Account {key: 'KH:BOSS'})
                        CREATE (:Designation {key: 'designations:l:1'})<-[:DESIGNATED_BY]-(:Party:Person {key: 'boss'})
                               -[:HOLDS]->(a)
                        """).execute();

        detect(graph);

        assertThat(victims(graph)).containsExactly("KH:WORKER");
    }

    @Test
    void a_report_naming_the_holder_as_a_victim_marks_the_account_and_the_person(GraphConnection graph) {
        new LedgerFixture().payAt("TH:EMPLOYER", "TH:WORKER", "800.00", 0).load(graph);
        graph.query("""
                        MATCH (a:Account {key: 'TH:WORKER'})
                        CREATE (r:Report {key: 'goaml:1:STR-1', reportCode: 'STR', indicators: ['HT-FORCED-LABOUR'],
                                          transferIds: ['test:1']})
                        CREATE (p:Party:Person {key: 'person:PASSPORT:MM:M1', name: 'Ko Min'})
                        CREATE (r)-[:NAMES {roles: ['REPORT_PARTY:VICTIM']}]->(p), (p)-[:HOLDS]->(a)
                        """).execute();

        detect(graph);

        assertThat(PossibleVictims.of(graph)).singleElement().satisfies(v -> {
            assertThat(v.victims()).containsExactly("Ko Min", "TH:WORKER");
            assertThat(v.score()).isEqualTo(0.7, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(v.explanation())
                    .contains("named as a victim in a report: STR goaml:1:STR-1 names Ko Min as a victim"
                            + " (REPORT_PARTY:VICTIM) (indicators HT-FORCED-LABOUR)");
        });
    }

    @Test
    void a_person_named_as_a_victim_who_holds_nothing_here_gets_a_finding_on_the_reports_transactions(
            GraphConnection graph) {
        new LedgerFixture()
                .payAt("VN:MOTHER", "TH:MULE", "8000.00", 0)
                .payAt("TH:MULE", "KH:SHELL", "8000.00", 20)
                .load(graph);
        graph.query("""
                        MATCH (a:Account {key: 'TH:MULE'})
                        CREATE (r:Report {key: 'goaml:6620:STR-2', reportCode: 'STR',
                                          indicators: ['HT-RANSOM', 'HT-MISSING-PERSON'],
                                          reason: 'a possible victim of human trafficking (missing person)',
                                          transferIds: ['test:1', 'test:2']})
                        CREATE (h:Party:Person {key: 'person:PASSPORT:VN:C1', name: 'Hùng Trần Văn'})
                        CREATE (m:Party:Person {key: 'goaml:6620:STR-2:/t/1', name: 'Mule'})
                        CREATE (r)-[:NAMES {roles: ['REPORT_PARTY:VICTIM']}]->(h),
                               (r)-[:NAMES {roles: ['HOLDER']}]->(m), (m)-[:HOLDS]->(a),
                               (r)-[:NAMES {roles: ['PAH']}]->(a)
                        """).execute();

        var summary = detect(graph);

        assertThat(summary.endpoints())
                .as("the mule the trafficking report is about is not a victim")
                .isZero();
        assertThat(summary.persons()).isEqualTo(1);
        assertThat(PossibleVictims.of(graph)).singleElement().satisfies(v -> {
            assertThat(v.victims()).containsExactly("Hùng Trần Văn");
            assertThat(v.explanation())
                    .startsWith("STR goaml:6620:STR-2 names Hùng Trần Văn (REPORT_PARTY:VICTIM) as a victim")
                    .contains("not a suspect (report indicators HT-RANSOM, HT-MISSING-PERSON)");
        });
    }

    @Test
    void accounts_opened_in_a_batch_whose_holders_share_a_phone_are_marked_but_neither_indicator_alone(
            GraphConnection graph) {
        var ledger = new LedgerFixture();
        for (var worker : List.of("W1", "W2", "W3", "LATE", "ALONE1", "ALONE2", "ALONE3")) {
            ledger.payAt("KH:" + worker, "KH:SHOP", "100.00", 0);
        }
        ledger.load(graph);
        graph.query("""
                        UNWIND $accounts AS row
                        MATCH (a:Account {key: row.key})
                        SET a.institution = row.bank, a.opened = datetime(row.opened)
                        """)
                .withParameters(Map.of(
                        "accounts",
                        List.of(
                                Map.of("key", "KH:W1", "bank", "ZTB", "opened", "2026-01-05T02:00:00Z"),
                                Map.of("key", "KH:W2", "bank", "ZTB", "opened", "2026-01-06T03:00:00Z"),
                                Map.of("key", "KH:W3", "bank", "ZTB", "opened", "2026-01-08T02:00:00Z"),
                                Map.of("key", "KH:LATE", "bank", "ZTB", "opened", "2026-01-11T02:00:01Z"),
                                Map.of("key", "KH:ALONE1", "bank", "ZAB", "opened", "2026-01-05T02:00:00Z"),
                                Map.of("key", "KH:ALONE2", "bank", "ZAB", "opened", "2026-01-05T04:00:00Z"),
                                Map.of("key", "KH:ALONE3", "bank", "ZAB", "opened", "2026-01-06T02:00:00Z"))))
                .execute();
        graph.query("""
                        CREATE (phone:Identifier {key: 'PHONE:+85512000111'})
                        WITH phone
                        UNWIND ['W1', 'W2', 'W3', 'LATE'] AS worker
                        MATCH (a:Account {key: 'KH:' + worker})
                        CREATE (phone)<-[:HAS_IDENTIFIER]-(:Party:Person {key: 'p:' + worker})-[:HOLDS]->(a)
                        """).execute();

        detect(graph);

        assertThat(victims(graph))
                .as("W1–W3 opened within 3 days and controlled from one phone; LATE opened 3 days and a second after"
                        + " W3 (the phone alone); ALONE1–3 a batch without a shared phone")
                .containsExactlyInAnyOrder("KH:W1", "KH:W2", "KH:W3");
        assertThat(PossibleVictims.of(graph))
                .first()
                .extracting(PossibleVictims.PossibleVictim::explanation, as(InstanceOfAssertFactories.STRING))
                .contains("opened in a batch: opened at ZTB on 2026-01-0", " within 3 days of 2 other accounts there")
                .contains("controlled from shared identifiers: its holder shares PHONE:+85512000111 with 3 other"
                        + " persons, who hold 4 accounts and wallets with it");
    }

    @Test
    void a_possible_victim_is_never_ranked_as_a_suspect_and_is_shown_as_a_victim_in_other_findings(
            GraphConnection graph) {
        new LedgerFixture()
                .walletToWallet("TV1", "TWORKER", "8000.00", 0)
                .walletToWallet("TV2", "TWORKER", "9000.00", 5)
                .walletToWallet("TV3", "TWORKER", "10000.00", 10)
                .walletToWallet("TWORKER", "TOP", "27000.00", 12) // a pass-through (too large for a ransom)
                .load(graph);
        tagOperator(graph, "TRON:TOP");
        var detection = new PatternDetection(graph, PatternDetection.defaultDetectors());

        for (int run = 1; run <= 2; run++) {
            detection.run("detect-" + run, line -> {});
            new CoercedWorkerIndicators(graph, DEFAULTS).run("coercion-" + run, line -> {});
        }

        assertThat(graph.readQuery("""
                        MATCH (f:Finding {typology: 'PASS_THROUGH'})-[r:INVOLVES]->(w:Wallet {key: 'TRON:TWORKER'})
                        RETURN r.role + ' (detected as ' + r.detectedRole + ')' AS line
                        """).execute().records().stream()
                        .map(r -> r.get("line").asString()))
                .containsExactly("possible trafficking victim (detected as mule)");
        assertThat(graph.readQuery("MATCH (f:Finding) RETURN f.typology AS t ORDER BY t").execute().records().stream()
                        .map(r -> r.get("t").asString()))
                .as("running twice adds nothing")
                .containsExactly("PASS_THROUGH", "POSSIBLE_TRAFFICKING_VICTIM");
        assertThat(SuspectRanking.top(graph, 10))
                .extracting(SuspectRanking.Suspect::key)
                .containsExactly("TRON:TOP");
    }

    /**
     * A register as the BODS, designations and goAML jobs and entity resolution leave it: the designated
     * 赵彪祥 (list entry GC-1) is the register's person by a SAME_AS candidate ({@code status}, {@code score});
     * he owns {@code percent} % of Lotus Holdings, which owns 90 % of Mekong Trading, which owns 30 % of
     * Lotus Holdings back (a cycle); the bank's record of Mekong Trading (by its registration) holds B:FRONT.
     */
    private static void register(GraphConnection graph, double percent, String status, double score) {
        graph.query("""
                        MATCH (a:Account {key: 'B:FRONT'})
                        CREATE (g:Designation {key: 'designations:l:GC-1', list: 'Test list', entryId: 'GC-1'})
                        CREATE (d:Party:Person {key: 'designations:l:GC-1', name: '赵彪祥'})-[:DESIGNATED_BY]->(g)
                        CREATE (op:Party:Person {key: 'bods:record:op', name: '赵彪祥'})
                        CREATE (op)-[:SAME_AS {key: 'same:1', status: $status, score: $score}]->(d)
                        CREATE (holding:Party:Organisation {key: 'bods:record:holding', name: 'Lotus Holdings'})
                        CREATE (front:Party:Organisation {key: 'bods:record:front', name: 'Mekong Trading'})
                        CREATE (op)-[:OWNS {key: 'i1', shareExact: $percent, current: true}]->(holding)
                        CREATE (holding)-[:OWNS {key: 'i2', shareExact: 90.0, current: true}]->(front)
                        CREATE (front)-[:OWNS {key: 'i3', shareExact: 30.0, current: true}]->(holding)
                        CREATE (bank:Party:Organisation {key: 'org:REG:KH:1', name: 'Mekong Trading'})
                        CREATE (bank)-[:SAME_AS {key: 'same:2', status: 'CANDIDATE', score: 1.0}]->(front)
                        CREATE (bank)-[:HOLDS]->(a)
                        """)
                .withParameters(Map.of("percent", percent, "status", status, "score", score))
                .execute();
    }

    @Test
    void a_worker_sweeping_each_victim_payment_to_a_company_the_operator_owns_through_layers_and_a_cycle_is_marked(
            GraphConnection graph) {
        new LedgerFixture()
                .payAt("V:VICTIM1", "W:WORKER", "6000.00", 0)
                .payAt("W:WORKER", "B:FRONT", "5880.00", 3) // each payment on by itself, within hours
                .payAt("V:VICTIM2", "W:WORKER", "4500.00", 72)
                .payAt("W:WORKER", "B:FRONT", "4500.00", 80)
                .payAt("V:VICTIM3", "W:MULE", "6000.00", 0) // a paid mule: two payments on together,
                .payAt("V:VICTIM4", "W:MULE", "4500.00", 72)
                .payAt("W:MULE", "B:FRONT", "8900.00", 100) // 85 %, keeping a cut
                .payAt("W:MULE", "X:EXCHANGE", "500.00", 101)
                .load(graph);
        register(graph, 70, "CANDIDATE", 0.97);

        detect(graph);

        assertThat(PossibleVictims.of(graph)).singleElement().satisfies(v -> {
            assertThat(v.victims()).containsExactly("W:WORKER");
            assertThat(v.explanation())
                    .contains("10,500.00 USD from 2 unrelated one-off senders"
                            + "; 100 % of all it sent (10,380.00 USD) went to the operator's B:FRONT (Mekong"
                            + " Trading, 86.30 % owned by 赵彪祥 (designated: Test list GC-1) through the register)")
                    .contains("; 100 % of the victims' money passed on payment by payment, each within 24 h by a"
                            + " transfer of its own");
        });
        assertThat(graph.readQuery("""
                        MATCH (:Finding {typology: 'POSSIBLE_TRAFFICKING_VICTIM'})-[r:INVOLVES]->(n)
                        RETURN n.key + ' ' + r.role AS line ORDER BY line
                        """).execute().records().stream()
                        .map(r -> r.get("line").asString()))
                .contains("B:FRONT operator");
    }

    @Test
    void a_mule_passing_payments_on_together_the_next_day_to_an_owned_company_is_not_marked_but_to_the_operator_is(
            GraphConnection graph) {
        new LedgerFixture()
                .payAt("V:FAMILY1", "W:KITTIPONG", "8000.00", 0) // two payments, kept whole ...
                .payAt("V:FAMILY2", "W:KITTIPONG", "5000.00", 23)
                .payAt("W:KITTIPONG", "B:FRONT", "13000.00", 53) // ... on in one transfer the next day
                .payAt("V:FAMILY3", "W:SOPHAL", "8000.00", 0) // the same, to the operator's own account
                .payAt("V:FAMILY4", "W:SOPHAL", "5000.00", 23)
                .payAt("W:SOPHAL", "B:BOSS", "13000.00", 53)
                .load(graph);
        register(graph, 70, "CANDIDATE", 0.97);
        graph.query("""
                        MATCH (a:Account {key: 'B:BOSS'}), (d:Party {key: 'designations:l:GC-1'})
                        CREATE (d)-[:HOLDS]->(a)
                        """).execute();

        detect(graph);

        assertThat(victims(graph))
                .as("the register route asks for each payment swept on by itself; the operator's own account does not")
                .containsExactly("W:SOPHAL");
    }

    @Test
    void a_company_the_operator_owns_a_quarter_or_less_of_or_is_tied_to_by_a_weak_or_rejected_link_is_not_his(
            GraphConnection graph) {
        var ledger = new LedgerFixture()
                .payAt("V:VICTIM1", "W:WORKER", "6000.00", 0)
                .payAt("W:WORKER", "B:FRONT", "5880.00", 3)
                .payAt("V:VICTIM2", "W:WORKER", "4500.00", 72)
                .payAt("W:WORKER", "B:FRONT", "4500.00", 80);
        ledger.load(graph);
        // 20 % × 90 % / (1 − 27 %) = 24.66 %: not more than 25 %, and no majority down the chain
        register(graph, 20, "CANDIDATE", 0.97);
        detect(graph);
        assertThat(victims(graph)).isEmpty();

        graph.query("MATCH (:Party {key: 'bods:record:op'})-[r:OWNS]->() SET r.shareExact = 70.0")
                .execute();
        graph.query("MATCH (:Party {key: 'bods:record:op'})-[r:SAME_AS]-() SET r.score = 0.7")
                .execute();
        detect(graph);
        assertThat(victims(graph)).as("a candidate scoring below 0.8").isEmpty();

        graph.query("MATCH (:Party {key: 'bods:record:op'})-[r:SAME_AS]-() SET r.status = 'REJECTED', r.score = 0.97")
                .execute();
        detect(graph);
        assertThat(victims(graph)).as("a link an analyst rejected").isEmpty();

        graph.query("MATCH (:Party {key: 'bods:record:op'})-[r:SAME_AS]-() SET r.status = 'CONFIRMED'")
                .execute();
        detect(graph);
        assertThat(victims(graph)).as("confirmed").containsExactly("W:WORKER");
    }
}
