package org.flowtrace.graph.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ElementKindTest {

    @ParameterizedTest
    @CsvSource({
        "party, PARTY",
        "account, ACCOUNT",
        "wallet, WALLET",
        "transfer, TRANSFER",
        "report, REPORT",
        "finding, FINDING",
        "case, CASE"
    })
    void parses_the_lower_case_names_of_the_api(String name, ElementKind kind) {
        assertThat(ElementKind.parse(name)).isEqualTo(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PARTY", "Wallet", "", "person", "party) DETACH DELETE (n"})
    void refuses_any_other_name_naming_the_accepted_values(String name) {
        assertThatThrownBy(() -> ElementKind.parse(name))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("party, account, wallet, transfer, report, finding, case");
    }

    @ParameterizedTest
    @CsvSource({"transfer, id, true", "wallet, key, false", "case, key, false"})
    void transfers_are_relationships_keyed_by_id_and_the_rest_nodes_keyed_by_key(
            String name, String keyProperty, boolean relationship) {
        var kind = ElementKind.parse(name);
        assertThat(kind.keyProperty()).isEqualTo(keyProperty);
        assertThat(kind.relationship()).isEqualTo(relationship);
    }
}
