package org.flowtrace.graph.model;

import java.util.Objects;

/**
 * A blockchain address on one chain. Key: {@code CHAIN:address} with the address normalised by
 * {@link Chain#normalise(String)}; the address as first written (e.g. EIP-55 checksum case) is kept
 * in {@code written}.
 */
public record WalletRef(Chain chain, String address, String written) implements Endpoint {

    public WalletRef {
        Objects.requireNonNull(chain, "chain");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(written, "written");
        address = chain.normalise(address);
        if (address.isEmpty()) {
            throw new IllegalArgumentException("wallet address is empty");
        }
    }

    public static WalletRef of(Chain chain, String address) {
        return new WalletRef(chain, address, address.strip());
    }

    @Override
    public String key() {
        return chain.name() + ":" + address;
    }

    @Override
    public EndpointLabel label() {
        return EndpointLabel.WALLET;
    }
}
