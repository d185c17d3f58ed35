package org.flowtrace.ingest.goaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.flowtrace.graph.model.Transfer;
import org.flowtrace.graph.report.ReportGraph.PartyNode;
import org.flowtrace.ingest.MalformedRecordException;
import org.flowtrace.ingest.support.MeteredFile;
import org.flowtrace.ingest.support.RunSource;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** The reader and processor without Spring or a database: what a report maps to, and what it is refused for. */
class GoamlReportProcessorTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/goaml");
    private static final RunSource RUN = new RunSource("goaml-1", "test.xml", "0".repeat(64));
    private static final GoamlReportMapper.Settings SETTINGS =
            new GoamlReportMapper.Settings(ZoneId.of("Asia/Phnom_Penh"), false, Set.of("RMITR"), Set.of("BNFCR"));

    @Test
    void a_time_without_zone_is_read_in_the_configured_zone() throws Exception {
        var report = process(read("multi-report.xml", GoamlSchema.bundled()).getFirst(), CodeListPolicy.WARN);

        assertThat(report.key()).isEqualTo("goaml:7003:MR-1");
        assertThat(report.graph().transfers())
                .extracting(
                        Transfer::id, t -> t.at().toString(), t -> t.amount().canonical())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("goaml:7003:MR-T1", "2026-03-01T02:15:00Z", "1000.00"),
                        org.assertj.core.groups.Tuple.tuple("goaml:7003:MR-T2", "2026-03-01T02:15:00Z", "2000.00"));
        assertThat(report.graph().reports().getFirst().properties()).doesNotContainKey("sourceXml");
    }

    @Test
    void persons_with_a_passport_are_keyed_by_it_and_others_by_report_and_position() throws Exception {
        var graph = process(read("all-sides.xml", GoamlSchema.bundled()).getFirst(), CodeListPolicy.WARN)
                .graph();

        assertThat(graph.parties())
                .extracting(PartyNode::key)
                .contains(
                        "person:PASSPORT:KH:N123456",
                        "org:REG:KH:00012345",
                        "goaml:7001:AS-2026-1:/transaction[2]/t_from/from_person",
                        "goaml:7001:AS-2026-1:/transaction[6]/t_to_my_client/to_person");
    }

    @Test
    void a_code_list_violation_warns_or_rejects_as_configured() throws Exception {
        var item = read("code-lists.xml", GoamlSchema.of(FIXTURES.resolve("fiu-schema.xsd")))
                .getFirst();

        var warned = process(item, CodeListPolicy.WARN);
        assertThat(warned.graph().reports().getFirst().properties().get("codeListWarnings"))
                .asList()
                .singleElement()
                .asString()
                .startsWith("/report[1]/transaction[1]/transmode_code: cvc-enumeration-valid: Value 'ZZ'");
        assertThatThrownBy(() -> process(item, CodeListPolicy.REJECT))
                .isInstanceOf(MalformedRecordException.class)
                .hasMessageContaining("/report[1]/transaction[1]/transmode_code field transmode_code: line ");
    }

    private static GoamlReport process(ReportElement item, CodeListPolicy policy) {
        return new GoamlReportProcessor(policy, SETTINGS, RUN).process(item);
    }

    private static List<ReportElement> read(String fixture, GoamlSchema schema) throws Exception {
        var path = FIXTURES.resolve(fixture);
        var reader = new GoamlReportReader(
                new MeteredFile(path), path.toString(), schema, GoamlFileLayout.detect(path, schema.targetNamespace()));
        var items = new ArrayList<ReportElement>();
        reader.open(new ExecutionContext());
        try {
            ReportElement item;
            while ((item = reader.read()) != null) {
                items.add(item);
            }
        } finally {
            reader.close();
        }
        return items;
    }
}
