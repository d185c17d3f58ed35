package org.flowtrace.ingest.bods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.testing.Neo4jTest;
import org.flowtrace.ingest.CrashingJobFactory;
import org.flowtrace.ingest.IngestTestApplication;
import org.flowtrace.ingest.LoadedGraph;
import org.flowtrace.ingest.SourceFormatException;
import org.flowtrace.ingest.support.GraphFragment;
import org.flowtrace.ingest.support.IngestLauncher;
import org.flowtrace.ingest.support.IngestResult;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@Neo4jTest
@SpringBootTest(classes = IngestTestApplication.class)
class BodsIngestJobIT {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/bods");
    private static final Path REFERENCE = Path.of("../../shared/reference-data/bods");

    @Autowired
    IngestLauncher launcher;

    @Autowired
    BodsIngestJob job;

    @Autowired
    GraphConnection graph;

    LoadedGraph loaded;

    @BeforeEach
    void readBack() {
        loaded = new LoadedGraph(graph);
    }

    @Test
    void loads_an_ownership_cycle_with_share_ranges_unknown_types_partial_birth_dates_and_unnamed_entities() {
        var result = load(FIXTURES.resolve("compound-cycle.json"));

        assertThat(result.status()).isEqualTo("COMPLETED");
        assertThat(LoadedGraph.rejects(result)).isEmpty();
        assertThat(result.counts())
                .containsEntry("unknownInterestTypes", 1L)
                .containsEntry("unspecifiedInterestedParties", 1L)
                .containsEntry("partiesWithoutName", 1L);
        assertThat(loaded.count("""
                        MATCH (a:Party {key: 'bods:record:lotus'})-[:OWNS]->(:Party {key: 'bods:record:mekong'})
                              -[:OWNS]->(:Party {key: 'bods:record:shwe'})-[:OWNS]->(a)
                        RETURN count(*) AS c""")).as("the cycle is kept as stated").isEqualTo(1);
        assertThat(loaded.single("""
                        MATCH (:Party {key: 'bods:record:lotus'})-[r:OWNS]->(:Party {key: 'bods:record:mekong'})
                        RETURN r.interestType + ' ' + r.shareExact + ' ' + r.startDate + ' ' + r.directOrIndirect
                               + ' ' + r.beneficialOwnershipOrControl + ' ' + r.statementId + ' ' + r.current
                               + ' ' + size(r.prov) AS s""")).isEqualTo("shareholding 60.0 2019-03 direct false st-r1 true 1");
        assertThat(loaded.single("""
                        MATCH (:Party {key: 'bods:record:lotus'})-[r:CONTROLS]->(:Party {key: 'bods:record:mekong'})
                        RETURN r.interestType + ' ' + r.shareExact AS s""")).isEqualTo("votingRights 60.0");
        assertThat(loaded.single("""
                        MATCH ()-[r:OWNS {key: 'bods:st-r2#0'}]->()
                        RETURN r.shareMin + ' ' + r.shareMinExclusive + ' ' + r.shareMax + ' '
                               + coalesce(r.shareMaxExclusive, '-') + ' ' + coalesce(r.shareExact, '-') + ' '
                               + r.startDate + ' ' + r.endDate AS s""")).isEqualTo("50.0 true 75.0 - - 2020-01-01 2023-12-31");
        assertThat(loaded.single("""
                        MATCH (:Person {key: 'bods:record:she'})-[r:CONTROLS]->(:Organisation {key: 'bods:record:lotus'})
                        RETURN r.interestType + ' ' + r.interestTypeKnown + ' ' + r.details AS s"""))
                .as("an interest type outside the code list is kept as control, marked unknown")
                .isEqualTo("compoundProtection false security of the compound");
        assertThat(loaded.single("""
                        MATCH (:Person {key: 'bods:record:nominee'})-[r:OWNS]->()
                        RETURN coalesce(r.shareExact, r.shareMin, r.shareMax, 'no share') AS s""")).isEqualTo("no share");
        assertThat(loaded.single("""
                        MATCH (p:Person {key: 'bods:record:she'})
                        RETURN p.name + ' ' + p.birthDate + ' ' + p.aliases[0] + ' ' + p.nationalities[0] + p.nationalities[1] AS s""")).isEqualTo("She Zhijiang 1982-07 佘智江 CNKH");
        assertThat(loaded.single(
                        "MATCH (p:Person {key: 'bods:record:nominee'}) RETURN p.name + ' ' + p.birthDate AS s"))
                .as("a year-only birth date stays a string")
                .isEqualTo("Sokha Chan 1990");
        assertThat(loaded.single("""
                        MATCH (p:Organisation {key: 'bods:record:noname'})
                        RETURN coalesce(p.name, 'no name') + ' ' + p.entityType AS s"""))
                .as("an entity without a name is kept, with no name and no placeholder")
                .isEqualTo("no name anonymousEntity");
        assertThat(loaded.single("MATCH (p:Party {key: 'bods:record:lotus'}) RETURN p.aliases[0] AS s"))
                .isEqualTo("บริษัท โกลเด้น โลตัส จำกัด");
        assertThat(loaded.single("MATCH (p:Party {key: 'bods:record:shwe'}) RETURN p.aliases[0] AS s"))
                .isEqualTo("ရွှေကုက္ကိုလ်");
        assertThat(loaded.column("""
                        MATCH (:Party {key: 'bods:record:lotus'})-[:HAS_IDENTIFIER]->(i:Identifier)
                        RETURN i.key + ' ' + i.scheme AS s ORDER BY s""")).containsExactly("LEI:5493001KJTIIGC8Y1R12 XI-LEI", "REG:KH:00012345 KH-MOC");
        assertThat(loaded.single("""
                        MATCH (:Party {key: 'bods:record:lotus'})-[h:HAS_ADDRESS]->(a:Address)
                        RETURN a.key + ' ' + h.types[0] AS s""")).isEqualTo("ADDRESS:KH::STREET 2004, SIHANOUKVILLE registered");
        assertThat(loaded.single("""
                        MATCH (s:Statement {key: 'bods:st-r6'})
                        RETURN s.interestedPartyUnspecified + ' ' + s.subject AS s""")).isEqualTo("subjectExemptFromDisclosure bods:record:noname");
        assertThat(
                        loaded.count(
                                "MATCH (n) WHERE (n:Party OR n:Statement OR n:Identifier OR n:Address) AND size(n.prov) <> 1 RETURN count(n) AS c"))
                .isZero();
        assertThat(
                        loaded.column(
                                "MATCH (a)-[r]->() WHERE NOT a:IngestRun AND NOT a:__Neo4jMigration AND r.prov IS NULL RETURN type(r) AS s"))
                .as("provenance on every relationship")
                .isEmpty();
    }

    @Test
    void a_later_statement_replaces_an_earlier_one_which_stays_queryable() {
        var result = load(FIXTURES.resolve("replaced-statements.jsonl"));

        assertThat(result.status()).isEqualTo("COMPLETED");
        assertThat(result.written()).isEqualTo(4);
        assertThat(loaded.column("""
                        MATCH (:Person {key: 'bods:statement:pe-1'})-[r:OWNS]->(:Organisation {key: 'bods:statement:en-1'})
                        RETURN r.statementId + ' ' + r.current + ' ' + coalesce(r.replacedBy, '-') + ' '
                               + coalesce(r.shareExact, '-') + ' ' + coalesce(r.shareMin, '-') + ' '
                               + coalesce(r.shareMinExclusive, '-') + ' ' + coalesce(r.shareMax, '-') + ' '
                               + coalesce(r.shareMaxExclusive, '-') AS s ORDER BY s"""))
                .as("the replacing statement came first in the file; the replaced one stays, not current")
                .containsExactly("oc-1 false oc-2 - 25.0 true 50.0 false", "oc-2 true - 75.0 75.0 - 75.0 -");
        assertThat(loaded.single("""
                        MATCH (s:Statement {key: 'bods:oc-1'}) RETURN s.current + ' ' + s.replacedBy + ' ' + s.bodsVersion AS s""")).isEqualTo("false oc-2 0.3");
        assertThat(loaded.single("""
                        MATCH (:Statement {key: 'bods:pe-1'})-[:DESCRIBES]->(p:Person)
                        RETURN p.name + ' ' + p.birthDate AS s""")).isEqualTo("Zhao Wei 1952");
        assertThat(loaded.single("""
                        MATCH (:Party {key: 'bods:statement:en-1'})-[:HAS_IDENTIFIER]->(i) RETURN i.key AS s""")).isEqualTo("REG:MM:111222333");
    }

    @Test
    void bad_statements_are_rejected_with_their_reasons_and_the_rest_loads() {
        var result = load(FIXTURES.resolve("bad-statements.jsonl"));

        assertThat(result.status()).isEqualTo("COMPLETED");
        assertThat(result.written()).isEqualTo(1);
        assertThat(LoadedGraph.rejects(result))
                .containsExactlyInAnyOrder(
                        "bad-statements.jsonl line 2 -: malformed JSON: Unexpected end-of-input within/between Object entries",
                        "bad-statements.jsonl line 3 statementId: missing value",
                        "bad-statements.jsonl line 4 statementType: unknown statement type partnershipStatement",
                        "bad-statements.jsonl line 5 interests[0].share.exact: percentage outside 0 to 100: 150",
                        "bad-statements.jsonl line 6 interests[0].share: minimum 60.0 is above maximum 40.0",
                        "bad-statements.jsonl line 7 recordDetails.subject: missing value",
                        "bad-statements.jsonl line 8 recordDetails.interests: not an array");
        assertThat(loaded.single("MATCH (p:Party {key: 'bods:record:good'}) RETURN p.name AS s"))
                .isEqualTo("Good Company");
    }

    @Test
    void files_that_are_not_bods_fail_fast() {
        assertThatThrownBy(() -> load(FIXTURES.resolve("not-bods.json")))
                .isInstanceOf(SourceFormatException.class)
                .hasMessageContaining("not BODS");
        assertThatThrownBy(() -> load(FIXTURES.resolve("empty.json")))
                .isInstanceOf(SourceFormatException.class)
                .hasMessageEndingWith("empty file: nothing to load");
        assertThatThrownBy(() -> load(FIXTURES.resolve("README.md")))
                .isInstanceOf(SourceFormatException.class)
                .hasMessageContaining("not JSON");
        assertThat(loaded.count("MATCH (n:Party) RETURN count(n) AS c")).isZero();
    }

    @Test
    void loading_a_file_again_adds_nothing() {
        load(FIXTURES.resolve("compound-cycle.json"));
        var before = loaded.checksum();

        load(FIXTURES.resolve("compound-cycle.json"));

        assertThat(loaded.checksum()).isEqualTo(before);
    }

    @Test
    void a_run_that_failed_mid_file_resumes_and_ends_with_the_same_graph() {
        var file = FIXTURES.resolve("compound-cycle.json");
        load(file);
        var whole = loaded.checksumAcrossRuns();
        graph.query(
                        "MATCH (n) WHERE NOT n:IngestRun AND NOT n:SourceFile AND NOT any(l IN labels(n) WHERE l STARTS WITH '__') DETACH DELETE n")
                .execute();
        var crashingInItsFirstRun = new CrashingJobFactory<GraphFragment>(job.jobName(), 2, job::create);

        var failed = launcher.launch(crashingInItsFirstRun, file, Map.of(), false);
        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(loaded.count("MATCH (s:Statement) RETURN count(s) AS c")).isEqualTo(6);
        var resumed = launcher.launch(crashingInItsFirstRun, file, Map.of(), false);

        assertThat(resumed.status()).isEqualTo("COMPLETED");
        assertThat(resumed.read())
                .as("the statements after the first two chunks of 3")
                .isEqualTo(6);
        assertThat(loaded.checksumAcrossRuns()).isEqualTo(whole);
    }

    @Test
    void the_bods_reference_examples_load_with_their_shares_and_history() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(REFERENCE), "shared reference data present");
        var tecido = load(REFERENCE.resolve("v0.4/examples/tecido.json"));
        assertThat(tecido.skipped()).isZero();
        assertThat(loaded.column("""
                        MATCH (:Party {key: 'bods:record:033E84672B'})-[r:OWNS]->(:Party {key: 'bods:record:01B68D7633'})
                        RETURN r.shareExact + ' ' + r.current + ' ' + coalesce(r.replacedBy, '-') AS s ORDER BY s"""))
                .as("Shear Trust's shareholding in Tecido: 60, 70, then 80 %, only the last current")
                .containsExactly(
                        "60.0 false crxpru392937110940768393181670358976",
                        "70.0 false crxpru392937110940768393181670358976",
                        "80.0 true -");
        assertThat(loaded.count("""
                        MATCH (:Party {key: 'bods:record:018AF6B3EB'})-[r:OWNS|CONTROLS]->() WHERE r.current
                        RETURN count(r) AS c"""))
                .as("Maria Esteves's record is closed: none of her interests is current")
                .isZero();
        assertThat(loaded.single("MATCH (p:Party {key: 'bods:record:01B68D7633'}) RETURN p.name AS s"))
                .isEqualTo("Tecido Ltd");

        var update = load(REFERENCE.resolve("v0.3/examples/2-single-update.json"));
        assertThat(update.skipped()).isZero();
        assertThat(loaded.single("""
                        MATCH (p:Person {key: 'bods:statement:019a93f1-e470-42e9-957b-03559861b2e2'})
                              -[r:OWNS]->(e:Organisation)
                        RETURN p.name + ' ' + p.birthDate + ' ' + r.shareExact + ' ' + e.name + ' ' + r.current AS s""")).isEqualTo("Christopher Taggart 1964-04 50.0 CHRINON LTD true");
        assertThat(loaded.single("""
                        MATCH (s:Statement {key: 'bods:fbfd0547-d0c6-4a00-b559-5c5e91c34f5c'})
                        RETURN s.current + ' ' + s.replacedBy AS s""")).isEqualTo("false 676ce2ec-e244-409e-85f9-9823e88bc099");

        try (var examples = Files.list(REFERENCE.resolve("v0.4/examples"))) {
            for (var example : examples.sorted().toList()) {
                loaded.clearEvidence(); // the examples reuse statement ids across files: each is its own register
                var result = load(example);
                assertThat(result.status()).as(example.toString()).isEqualTo("COMPLETED");
                assertThat(LoadedGraph.rejects(result)).as(example.toString()).isEmpty();
            }
        }
        try (var examples = Files.list(REFERENCE.resolve("v0.3/examples"))) {
            for (var example : examples.sorted().toList()) {
                loaded.clearEvidence();
                var result = load(example);
                assertThat(result.status()).as(example.toString()).isEqualTo("COMPLETED");
                if (example.endsWith("3-joint-ownership.json")) {
                    assertThat(LoadedGraph.rejects(result))
                            .as("the upstream example gives two statements one statementID: the second is refused")
                            .singleElement()
                            .asString()
                            .startsWith("3-joint-ownership.json /6 -: ")
                            .contains("'bods:c222fe05-2bf3-4cc0-b126-f665109d7211#0'");
                } else {
                    assertThat(LoadedGraph.rejects(result))
                            .as(example.toString())
                            .isEmpty();
                }
            }
        }
    }

    private IngestResult load(Path file) {
        return launcher.launch(job, file, Map.of(), true);
    }
}
