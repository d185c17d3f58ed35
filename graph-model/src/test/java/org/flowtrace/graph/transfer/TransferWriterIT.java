package org.flowtrace.graph.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.model.AccountRef;
import org.flowtrace.graph.model.Asset;
import org.flowtrace.graph.model.Chain;
import org.flowtrace.graph.model.IngestRun;
import org.flowtrace.graph.model.Money;
import org.flowtrace.graph.model.Provenance;
import org.flowtrace.graph.model.SourceFile;
import org.flowtrace.graph.model.Transfer;
import org.flowtrace.graph.model.UsdValue;
import org.flowtrace.graph.model.WalletRef;
import org.flowtrace.graph.provenance.IngestRunWriter;
import org.flowtrace.graph.provenance.ProvenanceReader;
import org.flowtrace.graph.testing.Neo4jTest;
import org.junit.jupiter.api.Test;

@Neo4jTest
class TransferWriterIT {

    private static final SourceFile LEDGER =
            SourceFile.ofContent("ledger rows".getBytes(), "file:///evidence/ledger.csv");
    private static final SourceFile STR = SourceFile.ofContent("<report/>".getBytes(), "file:///evidence/str-0001.xml");
    private static final Instant AT = Instant.parse("2026-03-04T05:06:07Z");
    private static final BigInteger WEI = new BigInteger("123456789012345678901234567890");

    @Test
    void a_thirty_digit_wei_amount_round_trips_exactly_through_the_graph(GraphConnection graph) {
        begin(graph, "eth-1", LEDGER);
        var transfer = new Transfer(
                "ETHEREUM:0xabc:0",
                WalletRef.of(Chain.ETHEREUM, "0xAAAA000000000000000000000000000000000001"),
                WalletRef.of(Chain.ETHEREUM, "0xBBBB000000000000000000000000000000000002"),
                Money.ofRaw(WEI, Asset.ETH),
                AT,
                null,
                null,
                new Provenance("eth-1", LEDGER.sha256(), "block 17173049 tx 3"));

        new TransferWriter(graph).write(List.of(transfer));

        var stored = graph.readQuery("MATCH ()-[t:TRANSFER {id: $id}]->() RETURN t.amount AS amount, t.asset AS asset")
                .withParameters(java.util.Map.of("id", transfer.id()))
                .execute()
                .records()
                .getFirst();
        var readBack = Money.parse(stored.get("amount").asString(), Asset.ETH);
        assertThat(readBack.raw()).isEqualTo(WEI);
        assertThat(readBack).isEqualTo(transfer.amount());
        assertThat(stored.get("asset").asString()).isEqualTo("ETHEREUM:ETH");
    }

    @Test
    void writing_the_same_batch_again_adds_nothing(GraphConnection graph) {
        begin(graph, "ledger-1", LEDGER);
        var batch = List.of(
                bankTransfer("t1", "A", "B", "ledger-1", LEDGER, "line 2"),
                bankTransfer("t2", "B", "C", "ledger-1", LEDGER, "line 3"));
        var writer = new TransferWriter(graph);

        writer.write(batch);
        var first = snapshot(graph);
        writer.write(batch);

        assertThat(snapshot(graph)).isEqualTo(first);
        assertThat(first).isEqualTo("nodes=4 rels=2 prov=6");
    }

    @Test
    void a_second_source_for_the_same_transfer_is_kept_beside_the_first(GraphConnection graph) {
        begin(graph, "ledger-1", LEDGER);
        begin(graph, "goaml-1", STR);
        var writer = new TransferWriter(graph);

        writer.write(List.of(bankTransfer("t1", "A", "B", "ledger-1", LEDGER, "line 2")));
        writer.write(List.of(bankTransfer("t1", "A", "B", "goaml-1", STR, "/reports/report[1]/transaction[1]")));

        var id = graph.readQuery("MATCH ()-[t:TRANSFER {id: 't1'}]->() RETURN elementId(t) AS id")
                .execute()
                .records()
                .getFirst()
                .get("id")
                .asString();
        var sources = new ProvenanceReader(graph).forElement(id);
        assertThat(sources)
                .extracting(e -> e.source() + " @ " + e.locator() + " by " + e.runId())
                .containsExactlyInAnyOrder(
                        "file:///evidence/ledger.csv @ line 2 by ledger-1",
                        "file:///evidence/str-0001.xml @ /reports/report[1]/transaction[1] by goaml-1");
    }

    @Test
    void the_provenance_query_answers_for_every_element_written(GraphConnection graph) {
        begin(graph, "ledger-1", LEDGER);
        new TransferWriter(graph)
                .write(List.of(
                        bankTransfer("t1", "A", "B", "ledger-1", LEDGER, "line 2"),
                        new Transfer(
                                "ETHEREUM:0x1:4",
                                new AccountRef("BANKKHPP", "KH00 1234"),
                                WalletRef.of(Chain.TRON, "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"),
                                Money.parse(
                                        "5000.123456",
                                        Asset.token(Chain.TRON, "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t", "USDT", 6)),
                                AT,
                                "debt",
                                null,
                                new Provenance("ledger-1", LEDGER.sha256(), "line 3"))));

        var elementIds = graph.readQuery("""
                MATCH (n) WHERE NOT n:IngestRun AND NOT n:SourceFile
                  AND NOT any(l IN labels(n) WHERE l STARTS WITH '__')
                RETURN elementId(n) AS id
                UNION
                MATCH (a)-[r]->() WHERE type(r) <> 'READ' AND NOT any(l IN labels(a) WHERE l STARTS WITH '__')
                RETURN elementId(r) AS id
                """).execute().records().stream()
                .map(r -> r.get("id").asString())
                .toList();

        assertThat(elementIds).hasSize(8); // 3 accounts, 1 wallet, 2 assets, 2 transfers
        var reader = new ProvenanceReader(graph);
        for (var id : elementIds) {
            var entries = reader.forElement(id);
            assertThat(entries).as("provenance of %s", id).isNotEmpty();
            assertThat(entries).allSatisfy(entry -> {
                assertThat(entry.sha256()).isEqualTo(LEDGER.sha256());
                assertThat(entry.source()).isEqualTo("file:///evidence/ledger.csv");
                assertThat(entry.runId()).isEqualTo("ledger-1");
                assertThat(entry.runStartedAt()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
                assertThat(entry.locator()).startsWith("line ");
            });
        }
    }

    @Test
    void unicode_names_and_references_round_trip_exactly(GraphConnection graph) {
        begin(graph, "ledger-1", LEDGER);
        var reference = "សងបំណុល 还债 ชำระหนี้ trả nợ ကြွေးဆပ် pelunasan";
        new TransferWriter(graph)
                .write(List.of(new Transfer(
                        "u1",
                        new AccountRef("B", "1"),
                        new AccountRef("B", "2"),
                        Money.parse("3000", Asset.USD),
                        AT,
                        reference,
                        UsdValue.of(Money.parse("3000", Asset.USD), BigDecimal.ONE, "par", LocalDate.of(2026, 3, 4)),
                        new Provenance("ledger-1", LEDGER.sha256(), "line 9"))));

        var stored = graph.readQuery("MATCH ()-[t:TRANSFER {id: 'u1'}]->() RETURN t.reference AS r, t.usd AS usd")
                .execute()
                .records()
                .getFirst();
        assertThat(stored.get("r").asString()).isEqualTo(reference);
        assertThat(stored.get("usd").asString()).isEqualTo("3000.00");
    }

    private static void begin(GraphConnection graph, String runId, SourceFile source) {
        var runs = new IngestRunWriter(graph);
        runs.begin(
                new IngestRun(runId, runId.substring(0, runId.indexOf('-')), Instant.parse("2026-01-01T00:00:00Z")),
                "{}");
        runs.read(runId, source);
    }

    private static Transfer bankTransfer(
            String id, String from, String to, String run, SourceFile source, String locator) {
        return new Transfer(
                id,
                new AccountRef("BANK1", from),
                new AccountRef("BANK1", to),
                Money.parse("9400.50", Asset.USD),
                AT,
                null,
                null,
                new Provenance(run, source.sha256(), locator));
    }

    private static String snapshot(GraphConnection graph) {
        var r = graph.readQuery("""
                MATCH (n) WHERE n:Account OR n:Wallet OR n:Asset
                WITH count(n) AS nodes, sum(size(n.prov)) AS nodeProv
                MATCH ()-[t:TRANSFER]->()
                WITH nodes, nodeProv, count(t) AS rels, sum(size(t.prov)) AS relProv
                RETURN nodes, rels, nodeProv + relProv AS prov
                """).execute().records().getFirst();
        return "nodes=" + r.get("nodes").asLong() + " rels=" + r.get("rels").asLong() + " prov="
                + r.get("prov").asLong();
    }
}
