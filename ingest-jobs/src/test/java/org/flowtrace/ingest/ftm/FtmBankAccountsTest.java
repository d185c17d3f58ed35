package org.flowtrace.ingest.ftm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

class FtmBankAccountsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{'iban': ['GB82 WEST 1234 5698 7654 32']}                                  | IBAN:GB82WEST12345698765432",
                "{'accountNumber': ['nl26vayb8060476890'], 'bankName': ['Example']}        | IBAN:NL26VAYB8060476890",
                "{'accountNumber': ['001 234'], 'bic': ['abaakhpp'], 'iban': ['GB82WEST12345698765432']} | ABAAKHPP:001234",
                "{'accountNumber': ['778899'], 'swiftBic': ['WESTGB2L']}                    | WESTGB2L:778899",
                "{'accountNumber': ['778899'], 'bankName': ['Golden Triangle Bank']}        | Golden Triangle Bank:778899",
                "{'accountNumber': ['778899']}                                              | ftm-account:ba-9",
                "{'iban': ['GB83WEST12345698765432']}                                       | ftm-account:ba-9",
                "{'name': ['operating account']}                                            | ftm-account:ba-9"
            })
    void keys_an_account_by_number_at_its_bank_else_by_iban_else_by_entity(String properties, String key) {
        var node = JSON.readTree(properties.replace('\'', '"'));

        assertThat(FtmBankAccounts.key("ba-9", node).key()).isEqualTo(key);
    }
}
