package org.flowtrace.ingest.bods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.TreeMap;
import org.flowtrace.graph.ownership.InterestRelation;
import org.flowtrace.ingest.MalformedRecordException;
import org.flowtrace.ingest.support.JsonRecord;
import org.flowtrace.ingest.support.RunSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

class BodsStatementProcessorTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final BodsStatementProcessor processor =
            new BodsStatementProcessor(new RunSource("bods-1", "register.json", "0".repeat(64)));

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            {"exact": 25}                                        | {shareExact=25.0}
            {"minimum": 25, "maximum": 50}                       | {shareMax=50.0, shareMin=25.0}
            {"exclusiveMinimum": 25, "maximum": 50}              | {shareMax=50.0, shareMin=25.0, shareMinExclusive=true}
            {"minimum": 0, "exclusiveMaximum": 25}               | {shareMax=25.0, shareMaxExclusive=true, shareMin=0.0}
            {}                                                   | {}
            """)
    void keeps_an_exact_share_or_its_range_with_exclusive_bounds(String share, String stored) {
        var graph = processor.process(relationship("shareholding", share)).graph();

        var interest = graph.interests().getFirst();
        var shares = new TreeMap<String, Object>();
        interest.properties().forEach((key, value) -> {
            if (key.startsWith("share")) {
                shares.put(key, value);
            }
        });
        assertThat(shares).hasToString(stored);
        assertThat(interest.relation()).isEqualTo(InterestRelation.OWNS);
        assertThat(interest.key()).isEqualTo("bods:s-1#0");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            shareholding,                OWNS
            rightsToProfitOrIncome,      OWNS
            beneficiaryOfLegalArrangement, OWNS
            votingRights,                CONTROLS
            appointmentOfBoard,          CONTROLS
            nominee,                     CONTROLS
            compoundSecurity,            CONTROLS
            """)
    void an_economic_interest_owns_and_any_other_controls(String type, InterestRelation relation) {
        var interest =
                processor.process(relationship(type, "{}")).graph().interests().getFirst();

        assertThat(interest.relation()).isEqualTo(relation);
        assertThat(interest.properties().containsKey("interestTypeKnown")).isEqualTo(type.equals("compoundSecurity"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"exact": 101}                 | share.exact: percentage outside 0 to 100: 101
            {"exact": "half"}              | share.exact: not a number: "half"
            {"minimum": 60, "maximum": 40} | share: minimum 60.0 is above maximum 40.0
            """)
    void refuses_a_share_that_is_no_percentage(String share, String reason) {
        assertThatThrownBy(() -> processor.process(relationship("shareholding", share)))
                .isInstanceOf(MalformedRecordException.class)
                .hasMessageEndingWith("field interests[0]." + reason);
    }

    private static JsonRecord relationship(String type, String share) {
        return new JsonRecord("/0", JSON.readTree("""
                        {"statementId": "s-1", "statementDate": "2024-01-01", "recordId": "r-1", "recordType": "relationship",
                         "recordStatus": "new",
                         "recordDetails": {"subject": "a", "interestedParty": "b",
                                           "interests": [{"type": "%s", "share": %s}]}}
                        """.formatted(type, share)));
    }
}
