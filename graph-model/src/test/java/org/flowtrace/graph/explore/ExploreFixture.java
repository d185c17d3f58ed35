package org.flowtrace.graph.explore;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.finding.Finding;
import org.flowtrace.graph.finding.FindingMember;
import org.flowtrace.graph.finding.FindingWriter;
import org.flowtrace.graph.model.AccountRef;
import org.flowtrace.graph.model.Asset;
import org.flowtrace.graph.model.Chain;
import org.flowtrace.graph.model.Endpoint;
import org.flowtrace.graph.model.IngestRun;
import org.flowtrace.graph.model.Money;
import org.flowtrace.graph.model.Provenance;
import org.flowtrace.graph.model.SourceFile;
import org.flowtrace.graph.model.Transfer;
import org.flowtrace.graph.model.UsdValue;
import org.flowtrace.graph.model.WalletRef;
import org.flowtrace.graph.provenance.IngestRunWriter;
import org.flowtrace.graph.report.MentionTarget;
import org.flowtrace.graph.report.PartyKind;
import org.flowtrace.graph.report.ReportGraph;
import org.flowtrace.graph.report.ReportGraph.AccountNode;
import org.flowtrace.graph.report.ReportGraph.Holding;
import org.flowtrace.graph.report.ReportGraph.IdentifierLink;
import org.flowtrace.graph.report.ReportGraph.Mention;
import org.flowtrace.graph.report.ReportGraph.PartyNode;
import org.flowtrace.graph.report.ReportGraph.ReportNode;
import org.flowtrace.graph.report.ReportGraphWriter;
import org.flowtrace.graph.transfer.TransferWriter;

/**
 * A small case written with the project's own writers, so that provenance is real:
 *
 * <ul>
 *   <li>a ledger (run {@code ledger-1}): account A pays B 100.00 and 50.25 USD, B pays A 10.00, A pays C
 *       1,000.00, A pays Tron wallet W1 5.00 USD with no USD value known, W1 pays Ethereum wallet W2 12.5
 *       TRX (3.10 USD), and C pays account D ({@code BANKKHPP:10010}) 1.00 USD;
 *   <li>a goAML report {@code goaml:1:R-1} (run {@code goaml-1}, started later) naming person Sok Dara
 *       (alias Dara S., passport N1234567) who holds A, and restating the 100.00 USD transfer;
 *   <li>a {@code FAN_OUT} finding on A (source), B, C and W1 (targets); a {@code POSSIBLE_TRAFFICKING_VICTIM}
 *       finding on W1, whose role in the fan-out becomes {@code possible trafficking victim};
 *   <li>W2 designated on the OFAC SDN list.
 * </ul>
 */
final class ExploreFixture {

    static final SourceFile LEDGER = SourceFile.ofContent("ledger rows".getBytes(), "file:///evidence/ledger.csv");
    static final SourceFile STR = SourceFile.ofContent("<report/>".getBytes(), "file:///evidence/str-0001.xml");
    static final AccountRef A = new AccountRef("BANKKHPP", "1001");
    static final AccountRef B = new AccountRef("BANKKHPP", "2002");
    static final AccountRef C = new AccountRef("BANKTHBK", "3003");
    static final AccountRef D = new AccountRef("BANKKHPP", "10010");
    static final WalletRef W1 = WalletRef.of(Chain.TRON, "TMuLeVictimWa11etAddre55xYzAbCdEf");
    static final WalletRef W2 = WalletRef.of(Chain.ETHEREUM, "0xAbCdEf0000000000000000000000000000000002");
    static final String PARTY = "person:PASSPORT:KH:N1234567";
    static final String REPORT = "goaml:1:R-1";
    static final Instant LEDGER_RUN = Instant.parse("2026-04-01T08:00:00Z");
    static final Instant GOAML_RUN = Instant.parse("2026-04-02T08:00:00Z");

    private ExploreFixture() {}

    static void write(GraphConnection graph) {
        var runs = new IngestRunWriter(graph);
        runs.begin(new IngestRun("ledger-1", "ledger", LEDGER_RUN), "file=ledger.csv");
        runs.read("ledger-1", LEDGER);
        runs.begin(new IngestRun("goaml-1", "goaml", GOAML_RUN), "file=str-0001.xml");
        runs.read("goaml-1", STR);

        new TransferWriter(graph)
                .write(List.of(
                        usd("ledger:t1", A, B, "100.00", "2026-03-01T09:00:00Z", 2),
                        usd("ledger:t2", A, B, "50.25", "2026-03-02T09:00:00Z", 3),
                        usd("ledger:t3", B, A, "10.00", "2026-03-03T09:00:00Z", 4),
                        usd("ledger:t4", A, C, "1000.00", "2026-03-05T09:00:00Z", 5),
                        new Transfer(
                                "ledger:t5",
                                A,
                                W1,
                                Money.parse("5.00", Asset.USD),
                                Instant.parse("2026-03-04T09:00:00Z"),
                                null,
                                null,
                                new Provenance("ledger-1", LEDGER.sha256(), "line 6")),
                        new Transfer(
                                "ledger:t6",
                                W1,
                                W2,
                                Money.parse("12.5", Asset.TRX),
                                Instant.parse("2026-03-06T09:00:00Z"),
                                null,
                                new UsdValue(
                                        new BigDecimal("3.10"),
                                        new BigDecimal("0.248"),
                                        "test",
                                        LocalDate.parse("2026-03-06")),
                                new Provenance("ledger-1", LEDGER.sha256(), "line 7")),
                        usd("ledger:t7", C, D, "1.00", "2026-03-07T09:00:00Z", 8)));

        var prov = new Provenance("goaml-1", STR.sha256(), "/report[1]");
        new ReportGraphWriter(graph)
                .write(new ReportGraph(
                        List.of(usd("ledger:t1", A, B, "100.00", "2026-03-01T09:00:00Z", prov)),
                        List.of(new ReportNode(REPORT, Map.of("reportCode", "STR"), List.of("ledger:t1"), prov)),
                        List.of(new PartyNode(
                                PARTY, PartyKind.PERSON, Map.of("name", "Sok Dara", "alias", "Dara S."), prov)),
                        List.of(new AccountNode(A, Map.of("accountName", "Sok Dara"), prov)),
                        List.of(new Holding(PARTY, A.key(), "PAH", prov)),
                        List.of(new IdentifierLink(
                                PARTY, "PASSPORT:KH:N1234567", Map.of("kind", "PASSPORT", "value", "N1234567"), prov)),
                        List.of(),
                        List.of(new Mention(REPORT, MentionTarget.PARTY, PARTY, "FROM", prov)),
                        List.of()));

        var findings = new FindingWriter(graph);
        findings.write(
                List.of(
                        new Finding(
                                "FAN_OUT",
                                "fan-out",
                                "1",
                                0.8,
                                "A paid three counterparties within a week",
                                new TreeMap<>(),
                                List.of("ledger:t1", "ledger:t4", "ledger:t5"),
                                List.of(
                                        member(A, "source"),
                                        member(B, "target"),
                                        member(C, "target"),
                                        member(W1, "target")),
                                Instant.parse("2026-03-01T09:00:00Z"),
                                Instant.parse("2026-03-05T09:00:00Z")),
                        new Finding(
                                VictimRoles.TYPOLOGY,
                                "coerced-workers",
                                "1",
                                0.6,
                                "W1 forwards all it receives",
                                new TreeMap<>(),
                                List.of("ledger:t5", "ledger:t6"),
                                List.of(member(W1, VictimRoles.ROLE)),
                                Instant.parse("2026-03-04T09:00:00Z"),
                                Instant.parse("2026-03-06T09:00:00Z"))),
                "detect-1",
                Instant.parse("2026-04-03T08:00:00Z"));
        findings.replaceRoles(
                List.of(member(W1, VictimRoles.ROLE)), VictimRoles.ROLE_ELSEWHERE, List.of(VictimRoles.TYPOLOGY));

        graph.query("""
                        MATCH (w:Wallet {key: $wallet})
                        SET w.designated = true
                        MERGE (d:Designation {key: 'ofac-sdn:1'}) SET d.list = 'OFAC SDN'
                        MERGE (w)-[:DESIGNATED_BY]->(d)
                        """).withParameters(Map.of("wallet", W2.key())).execute();
    }

    static long nodeCount(GraphConnection graph) {
        return graph.readQuery("MATCH (n) RETURN count(n) AS c")
                .execute()
                .records()
                .getFirst()
                .get("c")
                .asLong();
    }

    private static FindingMember member(Endpoint endpoint, String role) {
        return new FindingMember(endpoint.label(), endpoint.key(), role);
    }

    private static Transfer usd(String id, Endpoint from, Endpoint to, String amount, String at, int line) {
        return usd(id, from, to, amount, at, new Provenance("ledger-1", LEDGER.sha256(), "line " + line));
    }

    private static Transfer usd(String id, Endpoint from, Endpoint to, String amount, String at, Provenance prov) {
        var money = Money.parse(amount, Asset.USD);
        return new Transfer(
                id,
                from,
                to,
                money,
                Instant.parse(at),
                null,
                UsdValue.of(money, BigDecimal.ONE, "par", LocalDate.parse(at.substring(0, 10))),
                prov);
    }
}
