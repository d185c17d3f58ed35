package org.flowtrace.ingest.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IbanTest {

    @ParameterizedTest
    @CsvSource({
        "GB82WEST12345698765432, true",
        "GB82 WEST 1234 5698 7654 32, true",
        "gb82west12345698765432, true",
        "NL26VAYB8060476890, true",
        "CH2801234000123456789, true",
        "GB83WEST12345698765432, false",
        "123-4-56789-0, false",
        "000123456, false",
        "GB82, false"
    })
    void recognises_ibans_by_structure_and_mod_97_check_digits(String text, boolean valid) {
        assertThat(Iban.isValid(text)).isEqualTo(valid);
    }
}
