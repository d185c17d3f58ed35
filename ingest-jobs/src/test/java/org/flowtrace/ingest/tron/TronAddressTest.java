package org.flowtrace.ingest.tron;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TronAddressTest {

    private static final Path VECTORS = Path.of("../../shared/reference-data/tron/tron-address-vectors.csv");

    @Test
    void converts_every_published_vector_both_ways() throws IOException {
        Assumptions.assumeTrue(Files.exists(VECTORS), "shared reference data present");
        List<String[]> rows = Files.readAllLines(VECTORS).stream()
                .skip(1)
                .map(line -> line.split(",", -1))
                .toList();

        assertThat(rows).hasSize(10);
        for (var row : rows) {
            var base58 = row[0];
            var hex41 = row[1];
            var evm = row[2];
            assertThat(TronAddress.parse(base58).hex()).as(base58).isEqualTo(hex41);
            assertThat(TronAddress.parse(base58).evmHex()).as(base58).isEqualTo(evm);
            assertThat(TronAddress.parse(hex41).base58()).as(hex41).isEqualTo(base58);
            assertThat(TronAddress.parse(evm).base58()).as(evm).isEqualTo(base58);
            assertThat(TronAddress.parse(evm.toUpperCase().replace("0X", "0x")).base58())
                    .as("hex digits in upper case")
                    .isEqualTo(base58);
        }
    }

    @Test
    void the_usdt_contract_converts_to_its_known_hex() {
        var usdt = TronAddress.parse("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t");

        assertThat(usdt.hex()).isEqualTo("41a614f803b6fd780986a42c78ec9c7f77e6ded13c");
        assertThat(usdt.evmHex()).isEqualTo("0xa614f803b6fd780986a42c78ec9c7f77e6ded13c");
    }

    @Test
    void leading_zero_bytes_survive_the_round_trip() {
        var address = TronAddress.parse("0x00052b08330e05d731e38c856c1043288f7d9744");

        assertThat(address.base58()).isEqualTo("T9yKC9LCoVvmhaFxKcdK9iL18TUWtyFtjh");
        assertThat(TronAddress.parse(address.base58()).hex()).isEqualTo("4100052b08330e05d731e38c856c1043288f7d9744");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a changed character               | TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u         | not a TRON address: base58check checksum does not match
            a letter outside base58            | TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj60         | not a TRON address: '0' is not a base58 character
            a Bitcoin address                  | 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2         | not a TRON address: base58check payload is not 0x41 + 20 bytes
            hex one digit short                | 0xa614f803b6fd780986a42c78ec9c7f77e6ded13  | not a TRON address: neither T… base58check, 41… hex nor 0x… hex
            a made-up address in a tag pack    | T6MXHXMGXURKJ7AD5NCB4IYPLWX                | not a TRON address: 'I' is not a base58 character
            """)
    void rejects_what_is_not_a_tron_address(String name, String text, String reason) {
        assertThatThrownBy(() -> TronAddress.parse(text)).hasMessage(reason);
        assertThat(TronAddress.isValid(text)).isFalse();
    }
}
