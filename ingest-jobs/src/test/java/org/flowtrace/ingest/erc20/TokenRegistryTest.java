package org.flowtrace.ingest.erc20;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.flowtrace.graph.model.Chain;
import org.flowtrace.ingest.tron.TronAddress;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Keys;

class TokenRegistryTest {

    @Test
    void every_shipped_ethereum_contract_is_spelled_with_its_eip55_checksum() {
        var ethereum = TokenRegistry.shippedRows().stream()
                .filter(row -> row[0].equals("ETHEREUM"))
                .toList();

        assertThat(ethereum).hasSizeGreaterThanOrEqualTo(10);
        assertThat(ethereum)
                .allSatisfy(row -> assertThat(Keys.toChecksumAddress(row[1].toLowerCase()))
                        .as(row[2])
                        .isEqualTo(row[1]));
    }

    @Test
    void every_shipped_tron_contract_is_valid_base58check() {
        var tron = TokenRegistry.shippedRows().stream()
                .filter(row -> row[0].equals("TRON"))
                .toList();

        assertThat(tron).extracting(row -> row[2]).containsExactly("USDT", "USDC");
        assertThat(tron)
                .allSatisfy(row ->
                        assertThat(TronAddress.isValid(row[1])).as(row[2]).isTrue());
    }

    @Test
    void usdt_has_six_decimals_on_both_chains_and_is_found_in_any_case() {
        var registry = TokenRegistry.builtIn();

        var ethereum = registry.find(Chain.ETHEREUM, "0xDAC17F958D2EE523A2206206994597C13D831EC7")
                .orElseThrow();
        var tron =
                registry.find(Chain.TRON, "TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t").orElseThrow();

        assertThat(ethereum.decimals()).isEqualTo(6);
        assertThat(ethereum.usdPegged()).isTrue();
        assertThat(ethereum.asset().code()).isEqualTo("ETHEREUM:0xdac17f958d2ee523a2206206994597c13d831ec7");
        assertThat(tron.decimals()).isEqualTo(6);
        assertThat(tron.asset().code()).isEqualTo("TRON:TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t");
        assertThat(registry.find(Chain.ETHEREUM, "0x" + "0".repeat(40))).isEmpty();
    }

    @Test
    void a_learned_token_never_overrides_the_shipped_decimals() {
        var registry = TokenRegistry.builtIn()
                .with(List.of(
                        new Token(
                                Chain.ETHEREUM, "0xdac17f958d2ee523a2206206994597c13d831ec7", "USDT", 18, "tokens.csv"),
                        new Token(
                                Chain.ETHEREUM,
                                "0x86fa049857e0209aa7d9e616f7eb3b3b78ecfdb0",
                                "EOS",
                                18,
                                "tokens.csv")));

        assertThat(registry.find(Chain.ETHEREUM, "0xdac17f958d2ee523a2206206994597c13d831ec7")
                        .orElseThrow()
                        .decimals())
                .isEqualTo(6);
        assertThat(registry.find(Chain.ETHEREUM, "0x86fa049857e0209aa7d9e616f7eb3b3b78ecfdb0")
                        .orElseThrow()
                        .origin())
                .isEqualTo("tokens.csv");
    }
}
