package org.flowtrace.graph.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProvenanceTest {

    private static final String SHA = "a".repeat(64);

    @Test
    void an_entry_decodes_to_what_was_encoded_even_when_the_locator_contains_the_separator() {
        var provenance = new Provenance("ledger-7", SHA, "/report[2]/transaction[@id='a|b']");

        assertThat(Provenance.decode(provenance.encoded())).isEqualTo(provenance);
    }

    @Test
    void a_checksum_must_be_lower_case_hex_sha256() {
        assertThatThrownBy(() -> new Provenance("run", "ABC", "line 1")).hasMessageContaining("SHA-256");
    }

    @Test
    void wallet_keys_lower_case_evm_addresses_and_keep_tron_addresses_as_written() {
        assertThat(WalletRef.of(Chain.ETHEREUM, "0xAbC0000000000000000000000000000000000001")
                        .key())
                .isEqualTo("ETHEREUM:0xabc0000000000000000000000000000000000001");
        assertThat(WalletRef.of(Chain.TRON, "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t")
                        .key())
                .isEqualTo("TRON:TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t");
    }
}
