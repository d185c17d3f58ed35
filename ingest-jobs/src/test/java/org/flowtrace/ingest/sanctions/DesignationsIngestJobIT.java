package org.flowtrace.ingest.sanctions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.testing.Neo4jTest;
import org.flowtrace.ingest.IngestTestApplication;
import org.flowtrace.ingest.LoadedGraph;
import org.flowtrace.ingest.SourceFormatException;
import org.flowtrace.ingest.support.IngestLauncher;
import org.flowtrace.ingest.support.IngestResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@Neo4jTest
@SpringBootTest(classes = IngestTestApplication.class)
class DesignationsIngestJobIT {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/designations");
    private static final String COMPOUND = "designations:fiu-kh-scam-compounds:C-001";
    private static final String OPERATOR = "designations:fiu-kh-scam-compounds:P-014";

    @Autowired
    IngestLauncher launcher;

    @Autowired
    DesignationsIngestJob job;

    @Autowired
    GraphConnection graph;

    LoadedGraph loaded;

    @BeforeEach
    void readBack() {
        loaded = new LoadedGraph(graph);
    }

    @Test
    void compounds_and_operators_are_designated_with_their_wallets_places_and_companies() {
        var result = load(FIXTURES.resolve("compounds.csv"));

        assertThat(result.status()).isEqualTo("COMPLETED");
        assertThat(result.written()).isEqualTo(2);
        assertThat(LoadedGraph.rejects(result))
                .containsExactly(
                        "compounds.csv line 4 name: missing value",
                        "compounds.csv line 5 type: unknown type vessel (person, organisation, compound)",
                        "compounds.csv line 6 wallets: USDT:not-an-address: not a USDT address: not-an-address",
                        "compounds.csv line 7 listed_on: not an ISO date (yyyy-MM-dd): 01/07/2026",
                        "compounds.csv line 8 wallets: not CURRENCY:address: TPHDMZZvzsC7tUqiNTh31FSxqr7P9uFxfv");
        assertThat(loaded.single("""
                        MATCH (c:Organisation {key: '%s'})-[:DESIGNATED_BY]->(d:Designation {key: '%s'})
                        MATCH (c)-[:HAS_ADDRESS]->(a)
                        RETURN c.name + ' | ' + c.category + ' | ' + c.country + ' | ' + c.aliases[1] + ' | ' + a.key
                               + ' | ' + d.list + ' | ' + d.program + ' | ' + d.listedOn + ' | ' + d.sourceUrl AS s""".formatted(COMPOUND, COMPOUND)))
                .isEqualTo("Golden Fortune Science and Technology Park | compound | KH | 金贝 | ADDRESS:KH::STREET 2004,"
                        + " SIHANOUKVILLE | FIU-KH Scam Compounds | scam compound | 2026-07-01 |"
                        + " https://example.org/fiu/notice/2026-07");
        assertThat(loaded.column("""
                        MATCH (:Party {key: '%s'})-[:CONTROLS_WALLET]->(w:Wallet)-[:DESIGNATED_BY]->(:Designation {key: '%s'})
                        RETURN w.key AS s ORDER BY s""".formatted(COMPOUND, COMPOUND)))
                .containsExactly(
                        "ETHEREUM:0xd90e2f925da726b50c4ed8d0fb90ad053324f31b",
                        "TRON:TCp7NFtWS3cXo7LwH6TvsyYxb3DziwEdxY");
        assertThat(loaded.single("""
                        MATCH (p:Person {key: '%s'})-[:CONTROLS_WALLET]->(w:Wallet)
                        MATCH (p)-[:HAS_IDENTIFIER]->(i)
                        RETURN p.name + ' | ' + p.aliases[0] + ' | ' + w.key + ' | ' + i.key AS s""".formatted(OPERATOR)))
                .isEqualTo(
                        "Chen Zhi | 陈志 | TRON:TPHDMZZvzsC7tUqiNTh31FSxqr7P9uFxfv | CRYPTO:LTC:LQ4i7FQxwA3MhEx4kUh3HhbzbQjVJmXwXQ");
        assertThat(loaded.column("""
                        MATCH (co:Organisation {name: 'Golden Fortune Resorts World Ltd'})-[l:LINKED_TO]->(p)
                        RETURN l.relation + ' ' + p.key AS s ORDER BY s"""))
                .as("a company linked to the compound and its operator is one node")
                .containsExactly("linked company " + COMPOUND, "linked company " + OPERATOR);
    }

    @Test
    void a_list_given_as_followthemoney_entities_loads_as_ftm_does() {
        var result = load(FIXTURES.resolve("compounds.ftm.jsonl"));

        assertThat(result.status()).isEqualTo("COMPLETED");
        assertThat(loaded.single("""
                        MATCH (o:Organisation {key: 'ftm:fiu-c-9'})-[:DESIGNATED_BY]->(d:Designation)
                        RETURN o.name + ' ' + d.list + ' ' + d.program AS s""")).isEqualTo("KK Park fiu_compounds scam compound");
    }

    @Test
    void a_csv_without_the_header_fails_fast() {
        assertThatThrownBy(() -> load(FIXTURES.resolve("no-header.csv")))
                .isInstanceOf(SourceFormatException.class)
                .hasMessageEndingWith("not a designations CSV: the header has no column list, id, type, name");
    }

    @Test
    void loading_a_list_again_adds_nothing() {
        load(FIXTURES.resolve("compounds.csv"));
        var before = loaded.checksum();

        load(FIXTURES.resolve("compounds.csv"));

        assertThat(loaded.checksum()).isEqualTo(before);
    }

    private IngestResult load(Path file) {
        return launcher.launch(job, file, Map.of(), true);
    }
}
