package org.flowtrace.ingest.goaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.flowtrace.graph.connection.GraphConnection;
import org.flowtrace.graph.testing.Neo4jTest;
import org.flowtrace.ingest.IngestTestApplication;
import org.flowtrace.ingest.support.IngestLauncher;
import org.flowtrace.ingest.support.IngestResult;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The public goAML samples under {@code shared/reference-data/goaml} (see its SOURCES.md), each loaded
 * against the reference schema it was written for, with its .NET-style patterns normalised.
 */
@Neo4jTest
@SpringBootTest(classes = IngestTestApplication.class)
class GoamlReferenceSamplesIT {

    private static final Path REFERENCE = Path.of("../../shared/reference-data/goaml");
    private static final Path SAMPLES = REFERENCE.resolve("samples");
    private static final String SCHEMA_502 =
            REFERENCE.resolve("schema/goAMLSchema-5.0.2.xsd").toString();
    private static final String SCHEMA_501 =
            REFERENCE.resolve("schema/goAMLSchema-5.0.1.xsd").toString();

    @Autowired
    IngestLauncher launcher;

    @Autowired
    GoamlIngestJob job;

    @Autowired
    GraphConnection graph;

    @BeforeEach
    void referenceDataPresent() {
        Assumptions.assumeTrue(Files.isDirectory(SAMPLES), "shared reference data present");
    }

    @Test
    void the_uae_samples_validate_against_the_502_schema_and_load_every_report() {
        for (var sample : List.of(
                "vyttah-golden-STR.xml",
                "vyttah-golden-SAR.xml",
                "vyttah-golden-AIFT.xml",
                "vyttah-TR.2079.200000309-DPMSR.xml",
                "vyttah-USG-dpmsr-activity.xml")) {
            var result = load(sample, SCHEMA_502);
            assertThat(result.status()).as(sample).isEqualTo("COMPLETED");
            assertThat(result.skipped())
                    .as(sample + " rejects: " + result.rejectsIfAny())
                    .isZero();
            assertThat(result.written()).as(sample).isEqualTo(1);
        }

        assertThat(strings("MATCH (r:Report) RETURN r.key + ' ' + r.reportCode + ' ' + toString(r.submittedAt) AS s"))
                .containsExactlyInAnyOrder(
                        "goaml:101:STR-2026-0042 STR 2026-05-26T10:00:00Z",
                        "goaml:101:SAR-2026-014 SAR 2026-05-26T10:00:00Z",
                        "goaml:101:AIFT-2026-009 AIFT 2026-05-26T10:00:00Z",
                        "goaml:3177:PAY 0001 INV 0001 DPMSR 2026-06-02T12:00:00Z",
                        "goaml:99999:4000004 DPMSR 2025-01-13T05:06:30Z");
        // STR: a cash-funded wire from a my-client person to a non-client person
        assertThat(single("""
                MATCH (a:Account)-[t:TRANSFER {id: 'goaml:101:TXN-987654'}]->(b:Account)
                RETURN a.key + ' > ' + b.key + ' ' + t.amount + ' ' + t.asset + ' ' + toString(t.at) + ' '
                       + t.fromFundsCode + ' ' + t.channel AS s"""))
                .isEqualTo("goaml-party:person:EID:AE:784198512345671"
                        + " > goaml-party:goaml:101:STR-2026-0042:/transaction[1]/t_to/to_person"
                        + " 120000.00 AED 2026-05-24T14:30:00Z CASH ELCFT");
        assertThat(single("""
                MATCH (r:Report {key: 'goaml:101:STR-2026-0042'})
                RETURN r.reason + ' | ' + r.action + ' | ' + r.indicators[0] + ' | ' + r.rentityBranch AS s"""))
                .isEqualTo("Customer conducted multiple cash deposits below threshold within 48 hours"
                        + " | Account flagged; subsequent activity under enhanced monitoring | STRUC | DXB-MAIN");
        // Layla Hassan, identified by her Emirates ID, is one party named by both the STR and the AIFT
        assertThat(strings("""
                MATCH (r:Report)-[n:NAMES]->(p:Party:Person {key: 'person:EID:AE:784198512345671'})
                RETURN p.name + ' ' + r.key + ' ' + n.roles[0] AS s ORDER BY s"""))
                .containsExactly(
                        "Layla Hassan goaml:101:AIFT-2026-009 FROM", "Layla Hassan goaml:101:STR-2026-0042 FROM");
        assertThat(strings("""
                MATCH (:Party {key: 'person:EID:AE:784198512345671'})-[:HAS_IDENTIFIER]->(i:Identifier)
                RETURN i.key AS s ORDER BY s"""))
                .containsExactly("EID:AE:784198512345671", "IDNUMBER:784198512345671", "PHONE:+971509998877");
        // John Smith has no identifier: the STR's and the AIFT's are two parties
        assertThat(count("MATCH (p:Party:Person {name: 'John Smith'}) RETURN count(p) AS c"))
                .isEqualTo(2);
        assertThat(single("""
                MATCH ()-[t:TRANSFER {id: 'goaml:101:TXN-AIFT-001'}]->()
                RETURN t.amount + ' ' + t.reports[0] AS s""")).isEqualTo("65000.00 goaml:101:AIFT-2026-009");
        assertThat(single("MATCH (r:Report {key: 'goaml:101:AIFT-2026-009'}) RETURN r.fiuRefNumber AS s"))
                .isEqualTo("FIU-REQ-AIFT-2026-009");
        // SAR: an activity report names its party and states no transfer
        assertThat(single("""
                MATCH (r:Report {key: 'goaml:101:SAR-2026-014'})-[n:NAMES]->(p:Party)
                RETURN p.key + ' ' + p.name + ' ' + n.roles[0] + ' ' + size(r.transferIds) AS s""")).isEqualTo("person:EID:AE:784199012345672 Aisha Mahmoud REPORT_PARTY 0");
        // DPMSR: the dealer (registered entity) and its director (passport)
        assertThat(strings("""
                MATCH (:Report {key: 'goaml:3177:PAY 0001 INV 0001'})-[n:NAMES]->(p:Party)
                RETURN p.key + ' ' + p.name + ' ' + n.roles[0] AS s ORDER BY s"""))
                .containsExactly(
                        "org:REG:AE:100000 Example Jewellery LLC REPORT_PARTY",
                        "person:PASSPORT:IN:Z0000000 Ali Hassan DIRECTOR");
        assertThat(single("MATCH (r:Report {key: 'goaml:3177:PAY 0001 INV 0001'}) RETURN r.sourceXml AS s"))
                .contains("<disposed_value>1234567.89</disposed_value>");
        assertThat(single("""
                MATCH (:Report {key: 'goaml:99999:4000004'})-[:NAMES]->(p:Party:Person)
                RETURN p.key + ' ' + toString(p.birthdate) AS s""")).isEqualTo("person:EID:AE:784198000000001 1980-01-01");
    }

    @Test
    void the_uae_samples_also_pass_flowtraces_structural_schema() {
        for (var sample : List.of(
                "vyttah-golden-STR.xml",
                "vyttah-golden-SAR.xml",
                "vyttah-golden-AIFT.xml",
                "vyttah-TR.2079.200000309-DPMSR.xml",
                "vyttah-USG-dpmsr-activity.xml")) {
            var result = launcher.launch(job, SAMPLES.resolve(sample), Map.of(), true);
            assertThat(result.skipped()).as(sample).isZero();
            assertThat(result.written()).as(sample).isEqualTo(1);
        }
        assertThat(count("MATCH (r:Report) RETURN count(r) AS c")).isEqualTo(5);
    }

    @Test
    void the_xsd_generated_sample_breaks_its_own_501_schema_and_is_rejected_with_the_validators_message()
            throws Exception {
        var result = load("thecury-report-xsd-generated.xml", SCHEMA_501);

        assertThat(result.status()).isEqualTo("COMPLETED");
        assertThat(result.read()).isEqualTo(1);
        assertThat(result.skipped()).isEqualTo(1);
        assertThat(GoamlIngestJobIT.rejects(result)).singleElement().satisfies(r -> {
            assertThat(r.get("locator").asString()).isEqualTo("/report[1]/report_date");
            assertThat(r.get("reason").asString())
                    .startsWith("line 8: cvc-minInclusive-valid: Value '1697-02-01T00:00:00Z' is not facet-valid"
                            + " with respect to minInclusive '1753-01-01T00:00:00' for type 'sql_date'.")
                    .contains("more schema errors");
        });
        assertThat(count("MATCH (r:Report) RETURN count(r) AS c")).isZero();
    }

    private IngestResult load(String sample, String schema) {
        return launcher.launch(job, SAMPLES.resolve(sample), Map.of(GoamlIngestJob.SCHEMA, schema), true);
    }

    private long count(String cypher) {
        return graph.readQuery(cypher).execute().records().getFirst().get("c").asLong();
    }

    private String single(String cypher) {
        var records = graph.readQuery(cypher).execute().records();
        assertThat(records).as(cypher).hasSize(1);
        return records.getFirst().get("s").asString();
    }

    private List<String> strings(String cypher) {
        return graph.readQuery(cypher).execute().records().stream()
                .map(r -> r.get("s").asString())
                .toList();
    }
}
