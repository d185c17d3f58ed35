package org.flowtrace.ingest.tagpack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.flowtrace.graph.model.Chain;
import org.flowtrace.ingest.MalformedRecordException;
import org.flowtrace.ingest.support.RunSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

class TagProcessorTest {

    private final TagProcessor processor = new TagProcessor(new RunSource("tagpack-1", "pack.yaml", "0".repeat(64)));

    @ParameterizedTest(name = "{0} {1} → {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            USDT | -   | TQeNNo5zVarhdKm5EiJSekfNXg6H1tRN4n         | TRON:TQeNNo5zVarhdKm5EiJSekfNXg6H1tRN4n
            USDT | -   | 0x88bd4d3e2997371bceefe8d9386c6b5b4de60346 | ETHEREUM:0x88bd4d3e2997371bceefe8d9386c6b5b4de60346
            USDC | ETH | 0x88BD4D3E2997371BCEEFE8D9386C6B5B4DE60346 | ETHEREUM:0x88bd4d3e2997371bceefe8d9386c6b5b4de60346
            TRX  | -   | TQeNNo5zVarhdKm5EiJSekfNXg6H1tRN4n         | TRON:TQeNNo5zVarhdKm5EiJSekfNXg6H1tRN4n
            BTC  | -   | bc1qm34lsc65zpw79lxes69zkqmk6ee3ewf0j77s3h | BITCOIN:bc1qm34lsc65zpw79lxes69zkqmk6ee3ewf0j77s3h
            ETH  | -   | 0xd90e2f925DA726b50C4Ed8D0Fb90Ad053324F31b | ETHEREUM:0xd90e2f925da726b50c4ed8d0fb90ad053324f31b
            """)
    void places_a_tag_on_the_chain_its_network_or_currency_and_address_say(
            String currency, String network, String address, String walletKey) {
        var tag = processor.process(tag(currency, network, address, "exchange"));

        assertThat(tag.wallet().key()).isEqualTo(walletKey);
        assertThat(tag.custodial()).isTrue();
        assertThat(tag.hex() != null).isEqualTo(tag.wallet().chain() == Chain.TRON);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            BEP20 | -   | 0x88bd4d3e2997371bceefe8d9386c6b5b4de60346 | currency | currency BEP20 is not a chain flowtrace stores (ETH, TRX, BTC, and USDT/USDC on them)
            USDT  | SOL | GnCRxKqUEPouYMvTb5nJMGrDB3VkTXZnDTaDuVZdnWA3 | network | network SOL is not a chain flowtrace stores (ETH, TRX, BTC, and USDT/USDC on them)
            BTC   | -   | 3bacadsfg3sdfafd2deddg32                     | address | not a Bitcoin address: base58check checksum does not match
            """)
    void rejects_tags_it_cannot_place(String currency, String network, String address, String field, String reason) {
        assertThatThrownBy(() -> processor.process(tag(currency, network, address, "exchange")))
                .isInstanceOfSatisfying(MalformedRecordException.class, e -> {
                    assertThat(e.locator()).isEqualTo("tags[3]");
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.reason()).isEqualTo(reason);
                });
    }

    private static TagRecord tag(String currency, String network, String address, String category) {
        var nodes = JsonNodeFactory.instance;
        var fields = new java.util.HashMap<String, JsonNode>(Map.of(
                "address", nodes.stringNode(address),
                "currency", nodes.stringNode(currency),
                "label", nodes.stringNode("reserves"),
                "source", nodes.stringNode("https://example.org"),
                "category", nodes.stringNode(category),
                "actor", nodes.stringNode("kucoin")));
        if (network != null) {
            fields.put("network", nodes.stringNode(network));
        }
        return new TagRecord("pack", "creator", 3, fields);
    }
}
