package org.flowtrace.ingest.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RemoteSourceTest {

    @ParameterizedTest
    @CsvSource({
        "https://user:secret@node.example:8545/rpc?key=secret, https://node.example:8545/rpc",
        "http://127.0.0.1:8545, http://127.0.0.1:8545",
        "https://mainnet.example/v3/abc, https://mainnet.example/v3/abc",
        "not a url, not a url"
    })
    void urls_are_kept_without_user_information_and_query(String url, String redacted) {
        assertThat(RemoteSource.redact(url)).isEqualTo(redacted);
    }

    @ParameterizedTest
    @CsvSource({"1, 100", "2, 200", "3, 400", "4, 800", "5, 1000", "40, 1000"})
    void retries_wait_twice_as_long_each_time_up_to_the_longest_wait(int attempt, long millis) {
        var retries = new HttpRetries(8, Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(5));

        assertThat(retries.wait(attempt)).isEqualTo(Duration.ofMillis(millis));
    }

    @ParameterizedTest
    @CsvSource({"from-block, 2", "to-block, 4", "tokens, all-erc20"})
    void a_different_request_to_the_same_endpoint_is_a_different_source(String key, String value) {
        var request = new LinkedHashMap<String, String>();
        request.put("from-block", "1");
        request.put("to-block", "3");
        var source = new RemoteSource("ethereum-rpc", "http://n", request);
        request.put(key, value);
        var other = new RemoteSource("ethereum-rpc", "http://n", request);

        assertThat(other.sourceFile().sha256()).isNotEqualTo(source.sourceFile().sha256());
        assertThat(source.sourceFile().uri()).isEqualTo("http://n");
    }
}
