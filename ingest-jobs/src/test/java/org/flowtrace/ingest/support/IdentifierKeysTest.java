package org.flowtrace.ingest.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentifierKeysTest {

    @Test
    void documents_are_keyed_by_type_country_and_number_without_separators() {
        assertThat(IdentifierKeys.document("PASSPORT", " kh ", "n 123-45.6/7")).contains("PASSPORT:KH:N1234567");
        assertThat(IdentifierKeys.document("eid", "AE", "784-1985-1234567-1")).contains("EID:AE:784198512345671");
        assertThat(IdentifierKeys.document("-", "AE", "1")).isEmpty();
        assertThat(IdentifierKeys.document("EID", null, "1")).isEmpty();
        assertThat(IdentifierKeys.document("EID", "AE", " - ")).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "855  | 012 345 678    | PHONE:+85512345678",
                "+855 | 12345678       | PHONE:+85512345678",
                "null | +971500000000  | PHONE:+971500000000",
                "null | 00971500000000 | PHONE:+971500000000",
                "null | 0500000001     | PHONE:0500000001",
            })
    void phones_carry_their_country_prefix_when_it_is_known(String prefix, String number, String key) {
        assertThat(IdentifierKeys.phone(prefix, number)).contains(key);
    }

    @Test
    void emails_and_addresses_are_compared_without_case_or_repeated_spaces() {
        assertThat(IdentifierKeys.email(" Sok.Dara@Example.COM ")).contains("EMAIL:sok.dara@example.com");
        assertThat(IdentifierKeys.address("kh", "Phnom  Penh", "12  Street 51", null, "  "))
                .contains("ADDRESS:KH:PHNOM PENH:12 STREET 51");
        assertThat(IdentifierKeys.address("KH", "Phnom Penh", (String) null)).isEmpty();
    }
}
