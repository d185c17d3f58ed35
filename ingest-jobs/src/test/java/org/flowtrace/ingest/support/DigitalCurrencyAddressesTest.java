package org.flowtrace.ingest.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.flowtrace.graph.model.Provenance;
import org.flowtrace.graph.ownership.OwnershipGraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DigitalCurrencyAddressesTest {

    private static final Provenance PROV = new Provenance("ofac-1", "0".repeat(64), "line 1");

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            XBT  | 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2         | BITCOIN:1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2
            btc  | bc1qm34lsc65zpw79lxes69zkqmk6ee3ewf0j77s3h | BITCOIN:bc1qm34lsc65zpw79lxes69zkqmk6ee3ewf0j77s3h
            ETH  | 0xd90e2f925DA726b50C4Ed8D0Fb90Ad053324F31b | ETHEREUM:0xd90e2f925da726b50c4ed8d0fb90ad053324f31b
            TRX  | TPHDMZZvzsC7tUqiNTh31FSxqr7P9uFxfv         | TRON:TPHDMZZvzsC7tUqiNTh31FSxqr7P9uFxfv
            USDT | TCp7NFtWS3cXo7LwH6TvsyYxb3DziwEdxY         | TRON:TCp7NFtWS3cXo7LwH6TvsyYxb3DziwEdxY
            USDC | 0x2f389ce8bd8ff92de3402ffce4691d17fc4f6535 | ETHEREUM:0x2f389ce8bd8ff92de3402ffce4691d17fc4f6535
            LTC  | LQ4i7FQxwA3MhEx4kUh3HhbzbQjVJmXwXQ         | CRYPTO:LTC:LQ4i7FQxwA3MhEx4kUh3HhbzbQjVJmXwXQ
            USDT | 16iWn2J1McqjToYLHSsAyS6En3QA8YQ91H         | CRYPTO:USDT:16iWn2J1McqjToYLHSsAyS6En3QA8YQ91H
            """)
    void places_an_address_on_its_chain_or_keeps_it_as_an_identifier(String currency, String address, String key) {
        var graph = new OwnershipGraph.Builder();

        var wallet = DigitalCurrencyAddresses.add(graph, currency, address, "party", "designation", PROV);

        var built = graph.build();
        assertThat(wallet).isEqualTo(!key.startsWith("CRYPTO:"));
        assertThat(
                        wallet
                                ? built.wallets().getFirst().wallet().key()
                                : built.identifiers().getFirst().key())
                .isEqualTo(key);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            XBT  | TUCsTq7TofTCJRRoHk6RvhMoS2mJLm5Yzq         | not a Bitcoin address: base58check version is not 0 or 5
            ETH  | 0xD90e2f925DA726b50C4Ed8D0Fb90Ad053324F31b | EIP-55 checksum does not match: a mistyped address?
            TRX  | TCp7NFtWS3cXo7LwH6TvsyYxb3DziwEdxZ         | not a TRON address: base58check checksum does not match
            LTC  | not-an-address                             | not a LTC address: not-an-address
            """)
    void refuses_an_address_its_chain_does_not_accept(String currency, String address, String reason) {
        assertThatThrownBy(() -> DigitalCurrencyAddresses.add(
                        new OwnershipGraph.Builder(), currency, address, "party", null, PROV))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(reason);
    }
}
