package org.flowtrace.ingest.sanctions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.flowtrace.ingest.support.XmlElement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SdnDatePeriodsTest {

    @ParameterizedTest(name = "{0} to {1}, approximate {2}: {3}")
    @CsvSource({
        "1970-01-05, 1970-01-05, false, 05 Jan 1970",
        "1982-01-01, 1982-12-31, false, 1982",
        "1963-07-01, 1963-07-31, false, Jul 1963",
        "1968-01-01, 1970-12-31, false, 1968 to 1970",
        "1960-01-01, 1960-12-31, true, circa 1960",
        "1971-03-02, 1971-03-09, false, 02 Mar 1971 to 09 Mar 1971"
    })
    void date_periods_are_written_as_sdn_xml_writes_dates(String from, String to, boolean approximate, String written) {
        var period = element(
                "DatePeriod",
                Map.of(),
                element(
                        "Start",
                        Map.of("Approximate", String.valueOf(approximate)),
                        date("From", from),
                        date("To", from)),
                element("End", Map.of("Approximate", String.valueOf(approximate)), date("From", to), date("To", to)));

        assertThat(SdnDatePeriods.written(period)).isEqualTo(written);
    }

    private static XmlElement date(String name, String iso) {
        var parts = iso.split("-");
        return element(
                name,
                Map.of(),
                text("Year", parts[0]),
                text("Month", String.valueOf(Integer.parseInt(parts[1]))),
                text("Day", String.valueOf(Integer.parseInt(parts[2]))));
    }

    private static XmlElement text(String name, String text) {
        return new XmlElement(name, Map.of(), text, List.of(), 1);
    }

    private static XmlElement element(String name, Map<String, String> attributes, XmlElement... children) {
        return new XmlElement(name, attributes, "", List.of(children), 1);
    }
}
