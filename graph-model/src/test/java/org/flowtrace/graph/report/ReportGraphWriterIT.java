package org.flowtrace.graph.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.model.AccountRef;
import org.flowtrace.graph.model.Asset;
import org.flowtrace.graph.model.Money;
import org.flowtrace.graph.model.Provenance;
import org.flowtrace.graph.model.SourceFile;
import org.flowtrace.graph.model.Transfer;
import org.flowtrace.graph.report.ReportGraph.AccountNode;
import org.flowtrace.graph.report.ReportGraph.AddressLink;
import org.flowtrace.graph.report.ReportGraph.Holding;
import org.flowtrace.graph.report.ReportGraph.IdentifierLink;
import org.flowtrace.graph.report.ReportGraph.Mention;
import org.flowtrace.graph.report.ReportGraph.PartyNode;
import org.flowtrace.graph.report.ReportGraph.ReportNode;
import org.flowtrace.graph.report.ReportGraph.TransferDetails;
import org.flowtrace.graph.testing.Neo4jTest;
import org.junit.jupiter.api.Test;

@Neo4jTest
class ReportGraphWriterIT {

    private static final SourceFile FIRST = SourceFile.ofContent("<report>1</report>".getBytes(), "file:///r1.xml");
    private static final SourceFile SECOND = SourceFile.ofContent("<report>2</report>".getBytes(), "file:///r2.xml");
    private static final AccountRef PAYER = new AccountRef("ABCDKHPP", "111");
    private static final AccountRef PAYEE = new AccountRef("WXYZTHBK", "222");

    @Test
    void a_report_with_its_party_account_identifier_and_transfer_written_twice_leaves_one_of_each(
            GraphConnection graph) {
        var writer = new ReportGraphWriter(graph);
        var report = report("goaml:1:R-1", FIRST, Map.of("name", "Sok Dara"), "FROM");

        writer.write(report);
        writer.write(report);

        assertThat(single(graph, """
                MATCH (r:Report {key: 'goaml:1:R-1'})-[n:NAMES]->(p:Party:Person {key: 'person:PASSPORT:KH:N1'})
                      -[h:HOLDS]->(a:Account {key: 'ABCDKHPP:111'})-[t:TRANSFER]->(:Account {key: 'WXYZTHBK:222'})
                MATCH (p)-[:HAS_IDENTIFIER]->(i:Identifier {key: 'PASSPORT:KH:N1'})
                MATCH (p)-[ha:HAS_ADDRESS]->(ad:Address {key: 'ADDRESS:KH:PHNOM PENH:ST 51'})
                RETURN p.name + ' ' + n.roles[0] + ' ' + h.roles[0] + ' ' + a.accountName + ' ' + t.amount + ' '
                       + t.reports[0] + ' ' + r.transferIds[0] + ' ' + ha.types[0] + ' ' + size(p.prov) AS s""")).isEqualTo("Sok Dara FROM PAH Sok Dara 10.00 goaml:1:R-1 goaml:1:T-1 PRIVT 1");
        assertThat(single(graph, """
                MATCH (n) WHERE n:Report OR n:Party OR n:Account OR n:Identifier OR n:Address OR n:Asset
                RETURN toString(count(n)) AS s""")).isEqualTo("7");
        assertThat(single(graph, """
                MATCH ()-[r:NAMES|HOLDS|TRANSFER|HAS_IDENTIFIER|HAS_ADDRESS]->()
                RETURN toString(count(r)) AS s""")).isEqualTo("5");
    }

    @Test
    void a_second_source_fills_only_missing_properties_and_adds_its_roles_and_report(GraphConnection graph) {
        var writer = new ReportGraphWriter(graph);
        writer.write(report("goaml:1:R-1", FIRST, Map.of("name", "Sok Dara"), "FROM"));

        writer.write(report("goaml:1:R-2", SECOND, Map.of("name", "SOK DARA", "occupation", "Trader"), "HOLDER"));

        assertThat(single(graph, """
                MATCH (p:Party {key: 'person:PASSPORT:KH:N1'})
                RETURN p.name + ' ' + p.occupation + ' ' + size(p.prov) AS s""")).isEqualTo("Sok Dara Trader 2");
        assertThat(single(graph, """
                MATCH ()-[t:TRANSFER {id: 'goaml:1:T-1'}]->()
                RETURN reduce(s = '', x IN t.reports | s + x + ';') AS s""")).isEqualTo("goaml:1:R-1;goaml:1:R-2;");
        assertThat(single(graph, """
                MATCH (:Report {key: 'goaml:1:R-2'})-[n:NAMES]->(:Party {key: 'person:PASSPORT:KH:N1'})
                RETURN n.roles[0] AS s""")).isEqualTo("HOLDER");
    }

    private static ReportGraph report(String key, SourceFile source, Map<String, Object> person, String role) {
        var prov = new Provenance("goaml-1", source.sha256(), "/report[1]");
        var transfer = new Transfer(
                "goaml:1:T-1",
                PAYER,
                PAYEE,
                Money.parse("10.00", Asset.currency("USD")),
                Instant.parse("2026-03-01T09:15:00Z"),
                "wire",
                null,
                prov);
        return new ReportGraph(
                List.of(transfer),
                List.of(new ReportNode(key, Map.of("reportCode", "STR"), List.of("goaml:1:T-1"), prov)),
                List.of(new PartyNode("person:PASSPORT:KH:N1", PartyKind.PERSON, person, prov)),
                List.of(new AccountNode(PAYER, Map.of("accountName", "Sok Dara"), prov)),
                List.of(new Holding("person:PASSPORT:KH:N1", PAYER.key(), "PAH", prov)),
                List.of(new IdentifierLink(
                        "person:PASSPORT:KH:N1", "PASSPORT:KH:N1", Map.of("kind", "PASSPORT", "value", "N1"), prov)),
                List.of(new AddressLink(
                        "person:PASSPORT:KH:N1",
                        "ADDRESS:KH:PHNOM PENH:ST 51",
                        Map.of("city", "Phnom Penh"),
                        "PRIVT",
                        prov)),
                List.of(new Mention(key, MentionTarget.PARTY, "person:PASSPORT:KH:N1", role, prov)),
                List.of(new TransferDetails("goaml:1:T-1", key, Map.of("transactionNumber", "T-1"))));
    }

    private static String single(GraphConnection graph, String cypher) {
        var records = graph.readQuery(cypher).execute().records();
        assertThat(records).as(cypher).hasSize(1);
        return records.getFirst().get("s").asString();
    }
}
