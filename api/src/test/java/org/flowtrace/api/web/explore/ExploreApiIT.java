package org.flowtrace.api.web.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.flowtrace.api.web.WebServer.ANALYST;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.flowtrace.api.web.DemoServer;
import org.flowtrace.api.web.WebServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The neighbourhood's time window over HTTP on the demo case: the ransom wallet received 12,000 USDT
 * at 01:55 on 2 March 2026 and passed it on at 05:31 the same day.
 */
class ExploreApiIT {

    private static final String PAYER = "TRON:TPezj1fhNcQnqTtpEajdyDuCyJVFJvEjuC";
    private static final String COLLECTION = "TRON:TXtjy8D9q7sX3aZRhxHAfUFJsEYTKie8vT";

    static WebServer server;

    @BeforeAll
    static void start() {
        server = DemoServer.get();
    }

    @ParameterizedTest(name = "from={0} to={1}")
    @CsvSource(
            nullValues = "-",
            value = {
                "-, 2026-03-02, true, true", // a date as the end of the window takes the whole day
                "-, 2026-03-01, false, false",
                "-, 2026-03-02T03:00:00Z, true, false",
                "2026-03-02, -, true, true", // a date as the start of the window takes the whole day
                "2026-03-03, -, false, false",
                "2026-03-02T03:00:00Z, 2026-03-02, false, true"
            })
    void a_date_bounds_the_window_by_whole_days_and_an_instant_exactly(
            String from, String to, boolean payerShown, boolean collectionShown) {
        var query = new StringBuilder("/api/v1/elements/neighbours?kind=wallet&key=")
                .append(URLEncoder.encode(DemoServer.RANSOM_WALLET, StandardCharsets.UTF_8));
        if (from != null) {
            query.append("&from=").append(from);
        }
        if (to != null) {
            query.append("&to=").append(to);
        }

        var response = server.get(ANALYST, query.toString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var keys = new ArrayList<String>();
        JsonMapper.builder()
                .build()
                .readTree(response.body())
                .get("nodes")
                .forEach(n -> keys.add(n.get("key").asString()));
        assertThat(keys.get(0)).isEqualTo(DemoServer.RANSOM_WALLET);
        assertThat(keys.contains(PAYER)).as("payer in %s", keys).isEqualTo(payerShown);
        assertThat(keys.contains(COLLECTION))
                .as("collection wallet in %s", keys)
                .isEqualTo(collectionShown);
    }

    @ParameterizedTest
    @CsvSource({"to, 2026-13-01", "from, yesterday"})
    void a_bad_bound_is_refused_and_named(String name, String value) {
        var response = server.get(
                ANALYST,
                "/api/v1/elements/neighbours?kind=wallet&key="
                        + URLEncoder.encode(DemoServer.RANSOM_WALLET, StandardCharsets.UTF_8) + "&" + name + "="
                        + value);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains(name + ": not an ISO date or instant");
        assertThat(List.of(response.headers().firstValue("Content-Type").orElse("")))
                .allMatch(t -> t.startsWith("application/problem+json"));
    }
}
