package org.flowtrace.graph.model;

/**
 * Where a transfer leaves from or arrives at: a bank account or a chain wallet. Its {@link #key()} is
 * the unique key of its node; its {@link #label()} is the node label.
 */
public sealed interface Endpoint permits AccountRef, WalletRef {

    String key();

    EndpointLabel label();
}
